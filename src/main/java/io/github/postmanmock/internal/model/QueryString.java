package io.github.postmanmock.internal.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Splits an {@code application/x-www-form-urlencoded} text (a raw query string or a form body) into
 * decoded name and value pairs, in order: {@code a=1&b&c=x%20y} gives {@code (a, 1), (b, ""), (c,
 * "x y")}. Empty pieces ({@code a=1&&b=2}) are skipped; {@code +} is a space.
 */
public final class QueryString {
  private QueryString() {}

  /** The pairs of {@code raw}; a piece that is not valid percent-encoding is kept as written. */
  public static List<Map.Entry<String, String>> pairs(String raw) {
    return pairs(raw, text -> decode(text, false));
  }

  /**
   * The pairs of {@code raw}.
   *
   * @throws IllegalArgumentException naming the piece that is not valid percent-encoding
   */
  public static List<Map.Entry<String, String>> strictPairs(String raw) {
    return pairs(raw, text -> decode(text, true));
  }

  /**
   * The pairs of {@code raw}, each name and value passed through {@code decode}: for a caller whose
   * decoding differs from {@link #decode(String)}, such as one that keeps each malformed escape
   * rather than the whole piece as written.
   */
  public static List<Map.Entry<String, String>> pairs(String raw, UnaryOperator<String> decode) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String piece : raw.split("&")) {
      if (piece.isEmpty()) {
        continue;
      }
      int eq = piece.indexOf('=');
      String name = eq < 0 ? piece : piece.substring(0, eq);
      String value = eq < 0 ? "" : piece.substring(eq + 1);
      out.add(Map.entry(decode.apply(name), decode.apply(value)));
    }
    return out;
  }

  /** {@code text} percent-decoded ({@code +} is a space); malformed escapes stay as written. */
  public static String decode(String text) {
    return decode(text, false);
  }

  private static String decode(String text, boolean strict) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      if (strict) {
        throw new IllegalArgumentException("Malformed query parameter [" + text + "]", malformed);
      }
      return text;
    }
  }
}
