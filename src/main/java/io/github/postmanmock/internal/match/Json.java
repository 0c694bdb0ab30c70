package io.github.postmanmock.internal.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;

/** JSON helpers for body comparison: one configured reader, numeric-aware equality. */
final class Json {
  private static final ObjectReader READER =
      new ObjectMapper()
          .readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Numbers compare by value ({@code 1} equals {@code 1.0}); everything else by equality. */
  private static final Comparator<JsonNode> LEAVES =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private Json() {}

  /** The tree of {@code text}, or {@code null} when it is blank or not valid JSON. */
  static JsonNode parse(String text) {
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

  static boolean same(JsonNode a, JsonNode b) {
    return a.equals(LEAVES, b);
  }

  /** A GraphQL request as compared: whitespace-normalised query, variables or an empty object. */
  static ObjectNode graphql(String query, JsonNode variables) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("query", query == null ? "" : query.trim().replaceAll("\\s+", " "));
    node.set(
        "variables",
        variables == null || variables.isNull()
            ? JsonNodeFactory.instance.objectNode()
            : variables);
    return node;
  }
}
