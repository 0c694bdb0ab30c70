package io.github.postmanmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the shape of a real JSON body with an example's: every field of the example must be
 * there with the same JSON type, recursively. Array elements are compared by position; elements
 * past the example's last one are compared with its first, so a longer list is still checked.
 * Values are compared only when asked; fields the example lacks are additions, not drift.
 */
final class JsonShape {
  private final List<Difference> drifts = new ArrayList<>();
  private final List<Difference> additions = new ArrayList<>();

  private JsonShape() {}

  /** Compare {@code actual} with {@code expected}; {@code values} compares leaf values too. */
  static JsonShape compare(JsonNode expected, JsonNode actual, boolean values) {
    JsonShape shape = new JsonShape();
    shape.walk("", expected, actual, values);
    return shape;
  }

  List<Difference> drifts() {
    return List.copyOf(drifts);
  }

  List<Difference> additions() {
    return List.copyOf(additions);
  }

  /** The JSON type of {@code node} in the words reports use; {@code nothing} when absent. */
  static String type(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case NULL -> "null";
      case STRING, BINARY -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case OBJECT, POJO -> "object";
      case ARRAY -> "array";
      case MISSING -> "nothing";
    };
  }

  private void walk(String pointer, JsonNode expected, JsonNode actual, boolean values) {
    String want = type(expected);
    String got = type(actual);
    if (!want.equals(got)) {
      drifts.add(new Difference(label(pointer), want, got));
      return;
    }
    if (expected.isObject()) {
      objects(pointer, expected, actual, values);
    } else if (expected.isArray()) {
      arrays(pointer, expected, actual, values);
    } else if (values && !sameValue(expected, actual)) {
      drifts.add(new Difference(label(pointer), expected.toString(), actual.toString()));
    }
  }

  private void objects(String pointer, JsonNode expected, JsonNode actual, boolean values) {
    for (Map.Entry<String, JsonNode> field : expected.properties()) {
      walk(child(pointer, field.getKey()), field.getValue(), actual.get(field.getKey()), values);
    }
    for (Map.Entry<String, JsonNode> field : actual.properties()) {
      if (!expected.has(field.getKey())) {
        additions.add(
            new Difference(child(pointer, field.getKey()), "nothing", type(field.getValue())));
      }
    }
  }

  /** Elements past the example's own are compared by shape only: their values are new data. */
  private void arrays(String pointer, JsonNode expected, JsonNode actual, boolean values) {
    if (expected.isEmpty()) {
      return;
    }
    for (int i = 0; i < actual.size(); i++) {
      boolean own = i < expected.size();
      walk(pointer + "/" + i, expected.get(own ? i : 0), actual.get(i), values && own);
    }
  }

  private static boolean sameValue(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return expected.equals(actual);
  }

  private static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  private static String label(String pointer) {
    return pointer.isEmpty() ? Difference.BODY : pointer;
  }
}
