package io.github.postmanmock.internal.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * The one Jackson mapper of the template helpers, and the rule that turns a selected JSON value
 * into the text inserted in a response.
 */
final class HelperJson {
  /**
   * Parses floats as exact decimals so that {@code 0.10} is not printed as {@code 0.1000000001}.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private HelperJson() {}

  /**
   * Render a value as JavaScript's {@code String(value)} would for scalars: strings raw, numbers
   * without trailing zeros ({@code 1.50} → {@code 1.5}), booleans and {@code null} as words;
   * objects and arrays as compact JSON.
   */
  static String render(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBigDecimal() || node.isFloatingPointNumber()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    return compact(node);
  }

  /** Write {@code node} as compact JSON. */
  static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Could not write a JSON tree that Jackson built itself", e);
    }
  }
}
