package io.github.postmanmock.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The route lines of the banner ({@code MockServer.routes()}, which stay whole) made short for a
 * terminal, and what changed between two sets of them for the {@code --watch} reload line.
 */
final class RouteLines {
  static final int MAX_QUERY = 40;
  private static final Pattern QUERY = Pattern.compile(" \\(\\?(.*?)\\)(?=, \"|$)");

  private RouteLines() {}

  /** The line with each example's query cut to {@link #MAX_QUERY} characters. */
  static String shorten(String route) {
    Matcher m = QUERY.matcher(TerminalText.clean(route));
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String query = TerminalText.cut(m.group(1), MAX_QUERY);
      m.appendReplacement(b, Matcher.quoteReplacement(" (?" + query + ")"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * What changed from {@code before} to {@code after}: one line per route added ({@code +}),
   * changed ({@code ~}, other examples) or removed ({@code -}), and a summary.
   *
   * @param summary {@code 1 added, 2 changed} or {@code routes unchanged}
   * @param lines the routes that changed, shortened
   */
  record Changes(String summary, List<String> lines) {}

  static Changes between(List<String> before, List<String> after) {
    Map<String, String> old = byRoute(before);
    Map<String, String> now = byRoute(after);
    List<String> lines = new ArrayList<>();
    int added = 0;
    int changed = 0;
    int removed = 0;
    for (Map.Entry<String, String> r : now.entrySet()) {
      String was = old.get(r.getKey());
      if (was == null) {
        added++;
        lines.add("  + " + shorten(r.getValue()));
      } else if (!was.equals(r.getValue())) {
        changed++;
        lines.add("  ~ " + shorten(r.getValue()));
      }
    }
    for (Map.Entry<String, String> r : old.entrySet()) {
      if (!now.containsKey(r.getKey())) {
        removed++;
        lines.add("  - " + shorten(r.getValue()));
      }
    }
    List<String> parts = new ArrayList<>();
    count(parts, added, "added");
    count(parts, changed, "changed");
    count(parts, removed, "removed");
    String summary = parts.isEmpty() ? "routes unchanged" : String.join(", ", parts);
    return new Changes(summary, lines);
  }

  private static void count(List<String> parts, int n, String what) {
    if (n > 0) {
      parts.add(n + (n == 1 ? " route " : " routes ") + what);
    }
  }

  /** Lines keyed by method and path; the value is the line with single spaces. */
  private static Map<String, String> byRoute(List<String> routes) {
    Map<String, String> byRoute = new LinkedHashMap<>();
    for (String route : routes) {
      String[] parts = route.trim().split("\\s{2,}", 3);
      String key = parts.length < 2 ? route : parts[0] + " " + parts[1];
      byRoute.put(key, String.join("  ", parts));
    }
    return byRoute;
  }
}
