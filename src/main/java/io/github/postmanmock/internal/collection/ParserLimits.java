package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.postmanmock.internal.model.TreeReader;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says which of the JSON parser's limits a file broke and where: Jackson refuses documents nested
 * deeper than 1,000 levels, strings longer than 20 million characters, numbers longer than 1,000
 * digits and field names longer than 50,000 characters, and its message says neither in our words
 * nor, for every limit, at which line.
 */
final class ParserLimits {
  private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

  private ParserLimits() {}

  /** {@code "the JSON is nested more than 1000 levels deep at line 3, column 1002"}, etc. */
  static String describe(StreamConstraintsException e, byte[] bytes) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher m = MAXIMUM.matcher(original);
    String max = m.find() ? m.group(1) : "the parser's limit";
    String what;
    if (original.contains("nesting depth")) {
      what = "the JSON is nested more than " + max + " levels deep";
    } else if (original.startsWith("String value length")) {
      what = "a string is longer than " + max + " characters";
    } else if (original.startsWith("Number value length")) {
      what = "a number is longer than " + max + " digits";
    } else if (original.startsWith("Name length")) {
      what = "a field name is longer than " + max + " characters";
    } else if (original.startsWith("Document length")) {
      what = "the file is longer than " + max + " bytes";
    } else {
      what = "the JSON breaks a parser limit (" + original + ")";
    }
    JsonLocation where = locate(e, bytes);
    return where == null
        ? what
        : what + " at line " + where.getLineNr() + ", column " + where.getColumnNr();
  }

  /**
   * Where the limit was broken: the exception's own location, or else where a streaming parser
   * stands when it throws the same exception.
   */
  private static JsonLocation locate(StreamConstraintsException e, byte[] bytes) {
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      return e.getLocation();
    }
    try (JsonParser parser = TreeReader.parser(bytes)) {
      try {
        while (parser.nextToken() != null) {
          parser.finishToken();
        }
      } catch (StreamConstraintsException again) {
        return parser.currentLocation();
      }
    } catch (IOException other) {
      return null;
    }
    return null;
  }
}
