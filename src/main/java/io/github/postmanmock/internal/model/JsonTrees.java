package io.github.postmanmock.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Comparator;

/**
 * JSON as the engine and the call-log assertions compare it: the one place that says when two JSON
 * texts are the same. Key order and whitespace do not count, and numbers compare by value ({@code
 * 1} equals {@code 1.0}).
 */
public final class JsonTrees {
  /** Numbers compare by value; everything else by equality. */
  private static final Comparator<JsonNode> LEAVES =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private JsonTrees() {}

  /** The tree of {@code text}, or {@code null} when it is null, blank or not valid JSON. */
  public static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return TreeReader.PLAIN.read(text);
    } catch (IOException invalid) {
      return null;
    }
  }

  /** Whether {@code a} and {@code b} are the same JSON. */
  public static boolean same(JsonNode a, JsonNode b) {
    return a.equals(LEAVES, b);
  }

  /** Whether the texts {@code a} and {@code b} are both JSON, and the same JSON. */
  public static boolean same(String a, String b) {
    JsonNode left = parse(a);
    JsonNode right = parse(b);
    return left != null && right != null && same(left, right);
  }
}
