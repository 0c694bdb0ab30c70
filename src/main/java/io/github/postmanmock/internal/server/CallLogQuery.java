package io.github.postmanmock.internal.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The query parameters of {@code GET /__mock/calls}, named as in Postman's call-log API (SPEC
 * §6.1): {@code limit}, {@code cursor}, {@code since}, {@code until}, {@code responseStatusCode},
 * {@code responseType}, {@code requestMethod}, {@code requestPath}, {@code direction} and {@code
 * include}. Invalid values throw {@link IllegalArgumentException} with a message meant for the
 * caller.
 *
 * @param limit the most entries on one page, 1 to 100
 * @param after the sequence number the page continues from (exclusive), or 0 for the first page
 * @param since the earliest served time, or {@code null}
 * @param until the latest served time, or {@code null}
 * @param status the status code to keep, or 0 for all
 * @param type the response type to keep (case-insensitive), or {@code null}
 * @param method the request method to keep (case-insensitive), or {@code null}
 * @param path the request path to keep (case-insensitive), or {@code null}
 * @param ascending whether the oldest call comes first ({@code direction=asc})
 * @param include which of headers and bodies to add to each entry
 */
record CallLogQuery(
    int limit,
    long after,
    Instant since,
    Instant until,
    int status,
    String type,
    String method,
    String path,
    boolean ascending,
    Set<String> include) {
  static final int MAX_LIMIT = 100;
  static final Set<String> INCLUDABLE =
      Set.of("request.headers", "request.body", "response.headers", "response.body");

  static CallLogQuery parse(String rawQuery) {
    Map<String, String> p = parameters(rawQuery);
    Instant since = instant(p, "since");
    Instant until = instant(p, "until");
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException(
          "until [" + until + "] must not be earlier than since [" + since + "]");
    }
    return new CallLogQuery(
        limit(p.get("limit")),
        cursor(p.get("cursor")),
        since,
        until,
        status(p.get("responseStatusCode")),
        p.get("responseType"),
        p.get("requestMethod"),
        p.get("requestPath"),
        ascending(p.get("direction")),
        include(p.get("include")));
  }

  /** Whether {@code call} passes the time and value filters (not the cursor). */
  Predicate<LoggedCall> filter() {
    return call ->
        (since == null || !call.servedAt().isBefore(since))
            && (until == null || !call.servedAt().isAfter(until))
            && (status == 0 || call.status() == status)
            && (type == null || type.equalsIgnoreCase(CallLogJson.type(call)))
            && (method == null || method.equalsIgnoreCase(call.method()))
            && (path == null || path.equalsIgnoreCase(call.path()));
  }

  /** Whether {@code call} comes after the cursor in the requested direction. */
  boolean afterCursor(LoggedCall call) {
    return after == 0 || (ascending ? call.sequence() > after : call.sequence() < after);
  }

  static String cursorFor(long sequence) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Long.toString(sequence).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> parameters(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!key.isEmpty() && !value.isEmpty()) {
        out.put(key, value);
      }
    }
    return out;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Malformed query parameter [" + text + "]", e);
    }
  }

  private static int limit(String value) {
    if (value == null) {
      return MAX_LIMIT;
    }
    int limit = integer("limit", value);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + " but was [" + value + "]");
    }
    return limit;
  }

  private static int status(String value) {
    return value == null ? 0 : integer("responseStatusCode", value);
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number but was [" + value + "]", e);
    }
  }

  private static long cursor(String value) {
    if (value == null) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
      return Long.parseLong(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cursor [" + value + "] is not one this server gave in meta.nextCursor", e);
    }
  }

  private static Instant instant(Map<String, String> p, String name) {
    String value = p.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name
              + " must be an ISO-8601 instant such as [2026-01-01T00:00:00Z] but was ["
              + value
              + "]",
          e);
    }
  }

  private static boolean ascending(String value) {
    if (value == null || value.equalsIgnoreCase("desc")) {
      return false;
    }
    if (value.equalsIgnoreCase("asc")) {
      return true;
    }
    throw new IllegalArgumentException("direction must be [asc] or [desc] but was [" + value + "]");
  }

  private static Set<String> include(String value) {
    if (value == null) {
      return Set.of();
    }
    List<String> parts = List.of(value.split(","));
    for (String part : parts) {
      if (!INCLUDABLE.contains(part.trim().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "include may list " + INCLUDABLE + " but had [" + part.trim() + "]");
      }
    }
    return Set.copyOf(parts.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList());
  }
}
