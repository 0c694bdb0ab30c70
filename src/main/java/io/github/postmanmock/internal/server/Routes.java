package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.Url;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The routes a mock serves, one line per method and path with the names of its examples, for the
 * start-up banner of the standalone server: {@code GET /pets/:id "Rex", "Not found"}.
 */
public final class Routes {
  private Routes() {}

  /** One line per method and path, in collection order; an example with a query shows it. */
  public static List<String> describe(List<MockExample> examples) {
    Map<String, List<String>> byRoute = new LinkedHashMap<>();
    for (MockExample e : examples) {
      String route = e.request().method() + " " + e.request().url().pathText();
      byRoute.computeIfAbsent(route, k -> new ArrayList<>()).add(name(e));
    }
    int methodWidth = 0;
    int pathWidth = 0;
    for (String route : byRoute.keySet()) {
      int space = route.indexOf(' ');
      methodWidth = Math.max(methodWidth, space);
      pathWidth = Math.max(pathWidth, route.length() - space - 1);
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<String>> r : byRoute.entrySet()) {
      int space = r.getKey().indexOf(' ');
      lines.add(
          pad(r.getKey().substring(0, space), methodWidth)
              + "  "
              + pad(r.getKey().substring(space + 1), pathWidth)
              + "  "
              + String.join(", ", r.getValue()));
    }
    return lines;
  }

  private static String name(MockExample e) {
    String query = query(e.request().url());
    return "\"" + e.name() + "\"" + (query.isEmpty() ? "" : " (?" + query + ")");
  }

  private static String query(Url url) {
    return url.query().stream()
        .filter(q -> !q.disabled())
        .map(Routes::pair)
        .collect(Collectors.joining("&"));
  }

  private static String pair(QueryParam q) {
    return q.value() == null ? q.key() : q.key() + "=" + q.value();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
