package io.github.postmanmock.internal.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Reads JSON text into a Jackson tree with the streaming parser alone, giving the tree that {@code
 * ObjectMapper.readTree} gives with {@code FAIL_ON_TRAILING_TOKENS} (and, for {@link #EXACT}, with
 * {@code USE_BIG_DECIMAL_FOR_FLOATS}). An {@code ObjectMapper} costs a few hundred classes and, in
 * a fresh JVM, a good part of the start-up the first time it is used; a server that reads its
 * collection and compares bodies never needs one (the writers make theirs on first use: {@link
 * JsonMappers}).
 *
 * <p>Errors are jackson-core's own {@link JsonParseException}s with their locations, so callers
 * read and report them as before. Thread-safe.
 */
public final class TreeReader {
  /**
   * The whole text as one value, floats as exact decimals (trailing zeros stripped, as Jackson's
   * tree does by default).
   */
  public static final TreeReader EXACT = new TreeReader(true, true);

  /** The whole text as one value, floats as doubles. */
  public static final TreeReader PLAIN = new TreeReader(false, true);

  /**
   * The first value of the text, anything after it ignored, floats as doubles: what a plain {@code
   * new ObjectMapper().readTree(text)} reads.
   */
  public static final TreeReader FIRST_VALUE = new TreeReader(false, false);

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final boolean decimals;
  private final boolean wholeText;

  private TreeReader(boolean decimals, boolean wholeText) {
    this.decimals = decimals;
    this.wholeText = wholeText;
  }

  /** A parser over {@code bytes}, with the limits every tree is read under. */
  public static JsonParser parser(byte[] bytes) throws IOException {
    return FACTORY.createParser(bytes);
  }

  /** The tree of {@code bytes}, or {@code null} when they hold no JSON value at all. */
  public JsonNode read(byte[] bytes) throws IOException {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      return read(p);
    }
  }

  /** The tree of {@code text}, or {@code null} when it holds no JSON value at all. */
  public JsonNode read(String text) throws JsonProcessingException {
    try (JsonParser p = FACTORY.createParser(text)) {
      return read(p);
    } catch (JsonProcessingException invalid) {
      throw invalid;
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException("reading JSON from a string failed", cannotHappen);
    }
  }

  private JsonNode read(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      return null;
    }
    JsonNode root = value(p, first);
    if (!wholeText) {
      return root;
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw new JsonParseException(
          p,
          "Trailing token (of type " + trailing + ") found after value",
          p.currentTokenLocation());
    }
    return root;
  }

  private JsonNode value(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          object.set(name, value(p, p.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          array.add(value(p, t));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return integer(p);
      case VALUE_NUMBER_FLOAT:
        return decimals
            ? NODES.numberNode(stripped(p.getDecimalValue()))
            : NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(p, "Unexpected token (" + token + ")");
    }
  }

  private static JsonNode integer(JsonParser p) throws IOException {
    switch (p.getNumberType()) {
      case INT:
        return NODES.numberNode(p.getIntValue());
      case LONG:
        return NODES.numberNode(p.getLongValue());
      default:
        return NODES.numberNode(p.getBigIntegerValue());
    }
  }

  private static BigDecimal stripped(BigDecimal value) {
    try {
      return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    } catch (ArithmeticException tooLarge) {
      return value;
    }
  }
}
