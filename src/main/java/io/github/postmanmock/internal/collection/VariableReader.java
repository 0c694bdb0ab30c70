package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads variable arrays: collection {@code variable}, URL path {@code variable} and environment
 * {@code values} (SPEC §1.6, §1.7). Every entry is kept in file order; {@code Variables.of} decides
 * which one wins.
 */
final class VariableReader {
  private final Json json;

  VariableReader(Json json) {
    this.json = json;
  }

  /**
   * Entries {@code {key|id, value, disabled}}; environment rows also honour {@code enabled: false}.
   * Entries with neither {@code key} nor {@code id} cannot be referenced and are skipped.
   */
  List<Variable> read(JsonNode node, String pointer) {
    List<Variable> variables = new ArrayList<>();
    List<JsonNode> entries = json.array(node, pointer, "an array of variables");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String at = Json.at(pointer, i);
      if (entry.isNull()) {
        continue;
      }
      json.object(entry, at, "a variable object {\"key\": ..., \"value\": ...}");
      String key = json.text(entry.get("key"), Json.at(at, "key"));
      if (key == null) {
        key = json.text(entry.get("id"), Json.at(at, "id"));
      }
      if (key != null) {
        variables.add(new Variable(key, value(entry.get("value")), disabled(entry)));
      }
    }
    return variables;
  }

  /** Strings, numbers and booleans as text; objects, arrays and {@code null} have no value. */
  static String value(JsonNode node) {
    if (Json.absent(node) || node.isContainerNode()) {
      return null;
    }
    return Json.scalarText(node);
  }

  private static boolean disabled(JsonNode entry) {
    JsonNode enabled = entry.get("enabled");
    boolean unchecked = enabled != null && enabled.isBoolean() && !enabled.booleanValue();
    return unchecked || Json.flag(entry.get("disabled"));
  }
}
