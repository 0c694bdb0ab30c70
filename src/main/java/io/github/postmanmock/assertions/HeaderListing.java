package io.github.postmanmock.assertions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request headers a {@code hasHeader} failure lists. The JDK's server hands header names over
 * re-capitalised ({@code X-api-key}) and keeps no trace of the client's spelling, so a name is
 * shown as the assertion wrote it when it is that header, and otherwise in the usual form with each
 * word capitalised ({@code X-Api-Key}). Hop-by-hop headers (RFC 9110 §7.6.1: {@code Connection},
 * the headers it names, {@code Upgrade} and the {@code HTTP2-Settings} of an h2c upgrade, ...)
 * belong to the connection, not to what the client meant to send, and are left out.
 */
final class HeaderListing {
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "http2-settings");

  private HeaderListing() {}

  /** {@code ["Name": "value", ...]} for the headers of {@code headers} a reader wants to see. */
  static String of(Map<String, List<String>> headers, String asked) {
    Set<String> connection = connectionTokens(headers);
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      String lower = e.getKey().toLowerCase(Locale.ROOT);
      if (HOP_BY_HOP.contains(lower) || connection.contains(lower)) {
        continue;
      }
      String name = e.getKey().equalsIgnoreCase(asked) ? asked : usualForm(e.getKey());
      for (String value : e.getValue()) {
        shown.add(FailureMessages.quote(name) + ": " + FailureMessages.quote(value));
      }
    }
    return "[" + String.join(", ", shown) + "]";
  }

  /** Every value of header {@code name} (case-insensitive) in {@code headers}, in order. */
  static List<String> values(Map<String, List<String>> headers, String name) {
    List<String> values = new ArrayList<>();
    headers.forEach((key, each) -> values.addAll(key.equalsIgnoreCase(name) ? each : List.of()));
    return values;
  }

  /** {@code x-api-KEY} as {@code X-Api-Key}. */
  static String usualForm(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-';
    }
    return out.toString();
  }

  private static Set<String> connectionTokens(Map<String, List<String>> headers) {
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase("connection")) {
        for (String value : e.getValue()) {
          for (String token : value.split(",")) {
            out.add(token.trim().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return out;
  }
}
