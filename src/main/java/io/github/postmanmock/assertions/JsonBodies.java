package io.github.postmanmock.assertions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.postmanmock.RecordedCall;
import java.util.Objects;

/**
 * JSON printed for the messages of {@code hasJsonBody}: with sorted keys, so an IDE's diff lines
 * up. Whether two bodies are the same JSON is {@link RecordedCall#requestBodyEqualsJson}'s call,
 * the rule the mock's body matching uses.
 */
final class JsonBodies {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private JsonBodies() {}

  /** The parsed tree, or {@code null} when {@code text} is not JSON. */
  static JsonNode parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? null : node;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /**
   * The tree of the JSON a {@code hasJsonBody} expects.
   *
   * @throws IllegalArgumentException if {@code json} is not JSON
   */
  static JsonNode expected(String json) {
    JsonNode expected = parse(Objects.requireNonNull(json, "json"));
    if (expected == null) {
      throw new IllegalArgumentException("hasJsonBody needs JSON but was [" + json + "]");
    }
    return expected;
  }

  /** Pretty JSON with keys sorted. */
  static String canonical(JsonNode node) {
    try {
      Object plain = MAPPER.treeToValue(node, Object.class);
      return MAPPER.writeValueAsString(plain).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      return node.toString();
    }
  }
}
