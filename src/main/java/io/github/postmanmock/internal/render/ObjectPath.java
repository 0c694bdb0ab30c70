package io.github.postmanmock.internal.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Object-path lookup as the npm {@code object-path} package does it for Postman's template helpers:
 * keys separated by dots, {@code \.} for a dot inside a key, numeric keys index arrays.
 */
final class ObjectPath {
  private ObjectPath() {}

  /** Split {@code path} at unescaped dots: {@code a\.b.c} gives {@code [a.b, c]}. */
  static List<String> split(String path) {
    List<String> keys = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length() && path.charAt(i + 1) == '.') {
        key.append('.');
        i++;
      } else if (c == '.') {
        keys.add(key.toString());
        key.setLength(0);
      } else {
        key.append(c);
      }
    }
    keys.add(key.toString());
    return keys;
  }

  /** Return the node at {@code path} below {@code root}, or null when any step is missing. */
  static JsonNode get(JsonNode root, String path) {
    JsonNode node = root;
    for (String key : split(path)) {
      node = step(node, key);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  private static JsonNode step(JsonNode node, String key) {
    if (node.isObject()) {
      return node.get(key);
    }
    if (node.isArray() && key.matches("\\d{1,9}")) {
      return node.get(Integer.parseInt(key));
    }
    return null;
  }
}
