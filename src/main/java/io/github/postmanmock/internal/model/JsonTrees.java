package io.github.postmanmock.internal.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Comparator;

/**
 * JSON as the engine and the call-log assertions compare it: the one place that says when two JSON
 * texts are the same. Key order and whitespace do not count, and numbers compare by value ({@code
 * 1} equals {@code 1.0}).
 */
public final class JsonTrees {
  private static final ObjectReader READER =
      new ObjectMapper()
          .readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
      JsonNode node = READER.readValue(text);
      return node == null || node.isMissingNode() ? null : node;
    } catch (JsonProcessingException invalid) {
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
