package io.github.postmanmock.assertions;

import io.github.postmanmock.RecordedCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The query parameters {@code hasQueryParam} compares, decoded, and the listing its failure shows:
 * {@code ["limit" = "10", "name" = "a b"]}. A value that is not valid percent-encoding is kept as
 * sent.
 */
final class QueryListing {
  private QueryListing() {}

  /** The decoded query parameters of {@code call} as {@code name=value} pairs, in order. */
  static List<Map.Entry<String, String>> of(RecordedCall call) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (call.query().isEmpty()) {
      return out;
    }
    for (String pair : call.query().split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.add(Map.entry(decode(name), decode(value)));
    }
    return out;
  }

  /** {@code ["name" = "value", ...]}. */
  static String describe(List<Map.Entry<String, String>> params) {
    return params.stream()
        .map(p -> FailureMessages.quote(p.getKey()) + " = " + FailureMessages.quote(p.getValue()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
