package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 6, first half: keep an example only if it carries each listed header with the call's value
 * (SPEC §2.8). Names are case-insensitive; values exact unless {@code headerValueCaseInsensitive};
 * a header absent on both sides counts as equal.
 */
final class HeaderFilter {
  static final String CONTROL = "x-mock-match-request-headers";

  private HeaderFilter() {}

  /** The header names to match: the call's control header beats the configuration. */
  static List<String> keys(HttpCall call, MatchOptions options) {
    String perCall = call.header(CONTROL);
    if (perCall == null) {
      return options.matchHeaders();
    }
    List<String> keys = new ArrayList<>();
    for (String k : perCall.split(",")) {
      if (!k.isBlank()) {
        keys.add(k.trim());
      }
    }
    return keys;
  }

  /** Why the example fails the filter, or {@code null} when it passes. */
  static String mismatch(
      HttpCall call, PreparedExample example, List<String> keys, boolean ignoreValueCase) {
    for (String key : keys) {
      List<String> expected = new ArrayList<>();
      for (Header h : example.headers()) {
        if (h.key().trim().equalsIgnoreCase(key)) {
          expected.add(h.value().trim());
        }
      }
      List<String> actual = new ArrayList<>();
      for (String v : call.headerValues(key)) {
        actual.add(v.trim());
      }
      boolean same =
          ignoreValueCase
              ? Paths.lower(expected).equals(Paths.lower(actual))
              : expected.equals(actual);
      if (!same) {
        return "header " + key + " is " + expected + ", call has " + actual;
      }
    }
    return null;
  }
}
