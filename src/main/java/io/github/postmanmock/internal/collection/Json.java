package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.InvalidCollectionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Pointer-aware accessors over a Jackson tree. Every method that rejects a value throws an {@link
 * InvalidCollectionException} naming the file, the JSON pointer, what was expected and what was
 * found. One instance serves one file.
 */
final class Json {
  private static final int MAX_SHOWN = 60;

  /** JavaScript writes numbers from 1e-6 up to 1e21 without an exponent. */
  private static final BigDecimal JS_PLAIN_MAX = BigDecimal.TEN.pow(21);

  private static final BigDecimal JS_PLAIN_MIN = BigDecimal.ONE.movePointLeft(6);

  private final String kind;
  private final String source;

  /**
   * @param kind {@code "collection"} or {@code "environment"}, used in messages
   * @param source the file name, used in messages
   */
  Json(String kind, String source) {
    this.kind = kind;
    this.source = source;
  }

  String source() {
    return source;
  }

  /** An error about the value at {@code pointer}; an empty pointer means the whole file. */
  InvalidCollectionException error(String pointer, String what) {
    return new InvalidCollectionException(source, pointer, prefix(pointer) + ": " + what);
  }

  /** An error about the value at {@code pointer} that says what it should be and what it was. */
  InvalidCollectionException mismatch(String pointer, String expected, JsonNode actual) {
    return error(pointer, "expected " + expected + " but was [" + describe(actual) + "]");
  }

  /** The start of every message: {@code Invalid Postman collection [x.json] at [/item/0]}. */
  String prefix(String pointer) {
    String head = "Invalid Postman " + kind + " [" + source + "]";
    return pointer.isEmpty() ? head : head + " at [" + pointer + "]";
  }

  static String at(String pointer, String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  static String at(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** True for a field that is not there or is JSON {@code null}. */
  static boolean absent(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull();
  }

  /** The node, which must be a JSON object. */
  JsonNode object(JsonNode node, String pointer, String what) {
    if (node == null || !node.isObject()) {
      throw mismatch(pointer, what, node);
    }
    return node;
  }

  /** The entries of an array; an absent value is an empty list, any other non-array an error. */
  List<JsonNode> array(JsonNode node, String pointer, String what) {
    if (absent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      throw mismatch(pointer, what, node);
    }
    List<JsonNode> entries = new ArrayList<>(node.size());
    node.forEach(entries::add);
    return entries;
  }

  /**
   * A string field, where numbers and booleans count as their text (Postman files mix them); an
   * absent value is {@code null}; an object or array is an error.
   */
  String text(JsonNode node, String pointer) {
    if (absent(node)) {
      return null;
    }
    if (node.isContainerNode()) {
      throw mismatch(pointer, "a string", node);
    }
    return scalarText(node);
  }

  /** Like {@link #text} but with a default for an absent value. */
  String text(JsonNode node, String pointer, String fallback) {
    String text = text(node, pointer);
    return text == null ? fallback : text;
  }

  /** True only for JSON {@code true} or the string {@code "true"}; anything else is false. */
  static boolean flag(JsonNode node) {
    if (node == null) {
      return false;
    }
    return node.isBoolean() ? node.booleanValue() : "true".equals(node.textValue());
  }

  /** The text of a string, number or boolean; numbers are written as JavaScript would. */
  static String scalarText(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      return numberText(node);
    }
    return node.asText();
  }

  private static String numberText(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (!node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
      return node.asText();
    }
    BigDecimal value = node.decimalValue().stripTrailingZeros();
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal size = value.abs();
    boolean plain = size.compareTo(JS_PLAIN_MAX) < 0 && size.compareTo(JS_PLAIN_MIN) >= 0;
    return plain ? value.toPlainString() : value.toString();
  }

  /** Compact JSON text of a value for a message, shortened when long. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String text = node.toString();
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }
}
