package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.model.TreeReader;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns file bytes into a Jackson tree. Syntax errors become an {@link InvalidCollectionException}
 * that names the line and column and says in plain words what is wrong; Jackson's own wording never
 * reaches the user.
 */
final class JsonParsing {
  private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.)'");
  private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");

  private JsonParsing() {}

  /** Parse {@code bytes}; the result is never empty or {@code null}. */
  static JsonNode parse(Json json, byte[] bytes) {
    JsonNode root;
    try {
      root = TreeReader.EXACT.read(bytes);
    } catch (JsonProcessingException e) {
      throw syntaxError(json, bytes, e);
    } catch (IOException e) {
      throw new InvalidCollectionException(
          json.source(), "", json.prefix("") + ": the file cannot be read as JSON", e);
    }
    if (root == null) {
      throw json.error("", "the file is empty; export it from Postman again");
    }
    return root;
  }

  private static InvalidCollectionException syntaxError(
      Json json, byte[] bytes, JsonProcessingException e) {
    if (e instanceof StreamConstraintsException limit) {
      return new InvalidCollectionException(
          json.source(), "", json.prefix("") + ": " + ParserLimits.describe(limit, bytes), e);
    }
    JsonLocation where = e.getLocation();
    String place =
        where == null
            ? "malformed JSON"
            : "malformed JSON at line " + where.getLineNr() + ", column " + where.getColumnNr();
    return new InvalidCollectionException(
        json.source(), "", json.prefix("") + ": " + place + ": " + explain(e), e);
  }

  /** Jackson's message, said in our own words. */
  static String explain(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
      return "the file ends before the JSON value is complete (a missing [\"], [}] or []]?)";
    }
    if (original.startsWith("Trailing token")) {
      return "unexpected content after the end of the JSON value";
    }
    Matcher m = UNEXPECTED_CHAR.matcher(original);
    if (m.find()) {
      return "unexpected character [" + m.group(1) + "]" + expectation(original);
    }
    m = TOKEN.matcher(original);
    if (m.find()) {
      return "unexpected word [" + m.group(1) + "]; text values need double quotes";
    }
    m = CLOSE.matcher(original);
    if (m.find()) {
      return "unexpected [" + m.group(1) + "] that does not close the open object or array";
    }
    return otherProblem(original);
  }

  private static String expectation(String original) {
    if (original.contains("double-quote to start field name")) {
      return "; expected a field name in double quotes (is there a trailing comma?)";
    }
    if (original.contains("colon")) {
      return "; expected a colon after the field name";
    }
    if (original.contains("comma")) {
      return "; expected a comma between two entries";
    }
    return "";
  }

  private static String otherProblem(String original) {
    if (original.startsWith("Illegal unquoted character")) {
      return "a control character (such as a line break or tab) inside a string must be escaped";
    }
    if (original.contains("UTF-8") || original.contains("UTF8")) {
      return "the file is not valid UTF-8 text";
    }
    if (original.contains("escape")) {
      return "invalid escape sequence after a backslash in a string";
    }
    if (original.contains("numeric") || original.contains("number")) {
      return "invalid number";
    }
    return "the text is not valid JSON";
  }
}
