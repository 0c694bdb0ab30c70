package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code header} field (SPEC §1.3): an array of {@code {key, value, disabled}} objects or
 * of {@code "Key: value"} strings, a single multi-line string, or {@code null}. Order and
 * duplicates are kept.
 */
final class HeaderParser {
  /** A header line: a name without spaces, a colon, the rest (as Postman's SDK reads it). */
  private static final Pattern LINE = Pattern.compile("^(\\S+):(.*)$", Pattern.MULTILINE);

  /** A line break followed by a space or tab continues the previous header line. */
  private static final Pattern FOLD = Pattern.compile("\\r?\\n([ \\t])");

  private final Json json;

  HeaderParser(Json json) {
    this.json = json;
  }

  List<Header> parse(JsonNode node, String pointer) {
    if (Json.absent(node)) {
      return List.of();
    }
    if (node.isTextual()) {
      return parseText(node.textValue());
    }
    List<Header> headers = new ArrayList<>();
    List<JsonNode> entries =
        json.array(node, pointer, "an array of headers or a string of header lines");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String at = Json.at(pointer, i);
      if (entry.isTextual()) {
        parseSingle(entry.textValue(), headers);
      } else if (entry.isObject()) {
        String key = json.text(entry.get("key"), Json.at(at, "key"));
        if (key != null) {
          String value = json.text(entry.get("value"), Json.at(at, "value"), "");
          headers.add(new Header(key, value, Json.flag(entry.get("disabled"))));
        }
      } else if (!entry.isNull()) {
        throw json.mismatch(
            at, "a header object {\"key\": ..., \"value\": ...} or a string", entry);
      }
    }
    return headers;
  }

  /**
   * Parse one {@code "Name: value"} string of a header array: split at the first colon, both sides
   * trimmed; a string without a colon is a name with an empty value; a blank name is skipped.
   */
  private static void parseSingle(String text, List<Header> headers) {
    int colon = text.indexOf(':');
    String key = (colon < 0 ? text : text.substring(0, colon)).trim();
    if (!key.isEmpty()) {
      headers.add(Header.of(key, colon < 0 ? "" : text.substring(colon + 1).trim()));
    }
  }

  /** Parse header lines {@code "Name: value"}; lines without a colon are skipped. */
  static List<Header> parseText(String text) {
    List<Header> headers = new ArrayList<>();
    Matcher m = LINE.matcher(FOLD.matcher(text).replaceAll("$1").replace("\r", ""));
    while (m.find()) {
      headers.add(Header.of(m.group(1), m.group(2).trim()));
    }
    return headers;
  }
}
