package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.Header;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The call log's text search ({@code GET /__mock/calls?search=...}): a call is kept when every word
 * of the search, ignoring case, occurs somewhere in what the call-log page shows of it: method,
 * path and query, status code, response name, example location, near-miss report, notes, request
 * and response headers ({@code key: value}) and bodies. The search runs on the server, so it
 * reaches every call the log holds, not only those a page has loaded.
 */
final class CallSearch {
  private CallSearch() {}

  /** Whether {@code served} holds every whitespace-separated word of {@code search}. */
  static boolean matches(LoggedCall served, String search) {
    List<String> words = words(search);
    if (words.isEmpty()) {
      return true;
    }
    String text = haystack(served);
    List<String> missing = words.stream().filter(w -> !text.contains(w)).toList();
    if (missing.isEmpty() || served.explanation().isEmpty()) {
      return missing.isEmpty();
    }
    // The near-miss report last: the longest text, written on each read, held by unanswered calls.
    String report = served.report().toLowerCase(Locale.ROOT);
    return !report.isEmpty() && missing.stream().allMatch(report::contains);
  }

  private static List<String> words(String search) {
    return Arrays.stream(search.toLowerCase(Locale.ROOT).split("\\s+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static String haystack(LoggedCall served) {
    StringBuilder text = new StringBuilder(256);
    line(text, served.method());
    line(text, served.path());
    line(text, served.rawQuery());
    line(text, Integer.toString(served.status()));
    line(text, CallLogJson.responseName(served));
    if (served.example() != null) {
      line(text, NearMissReport.location(served.example()));
    }
    served.notes().forEach(note -> line(text, note));
    headers(text, served.requestHeaders());
    headers(text, served.responseHeaders());
    line(text, new String(served.requestBody().bytes(), StandardCharsets.UTF_8));
    line(text, new String(served.responseBody().bytes(), StandardCharsets.UTF_8));
    return text.toString().toLowerCase(Locale.ROOT);
  }

  private static void headers(StringBuilder text, List<Header> headers) {
    for (Header h : headers) {
      line(text, h.key() + ": " + h.value());
    }
  }

  private static void line(StringBuilder text, String part) {
    text.append(part).append('\n');
  }
}
