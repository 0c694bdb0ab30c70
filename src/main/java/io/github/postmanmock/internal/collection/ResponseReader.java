package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.ExampleResponse;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the response half of a saved example (SPEC §1.5): code, status, headers, body and {@code
 * _postman_previewlanguage}.
 */
final class ResponseReader {
  private static final Pattern DIGITS = Pattern.compile("\\s*\\d{1,9}\\s*");
  private static final BigDecimal LOWEST_STATUS = BigDecimal.valueOf(100);
  private static final BigDecimal HIGHEST_STATUS = BigDecimal.valueOf(999);

  private final Json json;
  private final HeaderParser headers;

  ResponseReader(Json json) {
    this.json = json;
    this.headers = new HeaderParser(json);
  }

  ExampleResponse read(JsonNode response, String pointer) {
    return new ExampleResponse(
        code(response.get("code"), Json.at(pointer, "code")),
        json.text(response.get("status"), Json.at(pointer, "status")),
        headers.parse(response.get("header"), Json.at(pointer, "header")),
        body(response.get("body"), Json.at(pointer, "body")),
        json.text(
            response.get("_postman_previewlanguage"),
            Json.at(pointer, "_postman_previewlanguage")));
  }

  /**
   * The status code: an integral number, or a string of digits such as {@code "200"}; absent is
   * {@code null} (sent as 200).
   */
  Integer code(JsonNode node, String pointer) {
    if (Json.absent(node)) {
      return null;
    }
    BigDecimal number = null;
    if (node.isNumber() && (node.isIntegralNumber() || node.isBigDecimal())) {
      number = node.decimalValue();
    } else if (node.isTextual() && DIGITS.matcher(node.textValue()).matches()) {
      number = new BigDecimal(node.textValue().trim());
    }
    if (number == null || !isWhole(number)) {
      throw json.mismatch(pointer, "an integer", node);
    }
    if (number.compareTo(LOWEST_STATUS) < 0 || number.compareTo(HIGHEST_STATUS) > 0) {
      throw json.mismatch(pointer, "an HTTP status code from 100 to 999", node);
    }
    return number.intValue();
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** The body text; a body saved as a JSON value instead of a string becomes its JSON text. */
  private String body(JsonNode node, String pointer) {
    if (node != null && node.isContainerNode()) {
      return node.toString();
    }
    return json.text(node, pointer);
  }
}
