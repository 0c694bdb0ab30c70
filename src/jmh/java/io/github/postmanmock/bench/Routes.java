package io.github.postmanmock.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of routes every peer is loaded from: {@code GET /api/v1/{resource}/{id}} answering
 * about 200 bytes of JSON. Our server gets it as a Postman collection (one request, one saved
 * example per route), the peers as one stub per route.
 */
final class Routes {
  private static final String[] WORDS = {
    "users", "orders", "invoices", "payments", "products", "carts", "accounts", "subscriptions",
    "shipments", "reviews", "customers", "refunds", "webhooks", "tokens", "sessions", "reports"
  };

  /** One stub: a literal path and the JSON body it answers with (status 200). */
  record Route(String path, String body) {}

  private Routes() {}

  /** The first {@code count} routes; the same count always gives the same routes. */
  static List<Route> generate(int count) {
    List<Route> routes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String word = WORDS[i % WORDS.length];
      String resource = i < WORDS.length ? word : word + "-" + (i / WORDS.length);
      int id = 1001 + i;
      routes.add(new Route("/api/v1/" + resource + "/" + id, body(resource, id)));
    }
    return routes;
  }

  /**
   * {@code count} examples of one route, {@code /users/1} … {@code /users/count}, as record mode
   * produces: every one shares the index bucket of {@code /users/{id}}.
   */
  static List<Route> sameRoute(int count) {
    List<Route> routes = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      routes.add(new Route("/users/" + i, body("users", i)));
    }
    return routes;
  }

  /** The route the load generator calls: the middle one, so no peer wins by list order. */
  static Route target(List<Route> routes) {
    return routes.get(routes.size() / 2);
  }

  private static String body(String resource, int id) {
    String body =
        "{\"id\":"
            + id
            + ",\"type\":\""
            + resource
            + "\",\"name\":\"Item "
            + id
            + "\",\"status\":\"active\",\"price\":19.99,\"currency\":\"EUR\","
            + "\"tags\":[\"alpha\",\"beta\"],\"createdAt\":\"2024-01-01T00:00:00Z\","
            + "\"owner\":{\"id\":42,\"email\":\"owner42@example.com\"},\"note\":\"";
    StringBuilder padded = new StringBuilder(body);
    while (padded.length() < 198) {
      padded.append('x');
    }
    return padded.append("\"}").toString();
  }

  /**
   * The routes as a Postman collection (v2.1) with one saved example per route. The document stands
   * for a file on disk; it is made inside our server's timed start, so it is written with a plain
   * {@link StringBuilder}: making it must not load any JSON library there, since reading it is our
   * library's work and writing it is not.
   */
  static byte[] collection(List<Route> routes) {
    StringBuilder json = new StringBuilder(600 * routes.size() + 200);
    json.append("{\"info\":{\"name\":\"bench-").append(routes.size()).append("\",");
    json.append(
        "\"schema\":\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},");
    json.append("\"item\":[");
    for (int n = 0; n < routes.size(); n++) {
      Route route = routes.get(n);
      json.append(n == 0 ? "" : ",").append("{\"name\":\"route ").append(n).append("\",");
      json.append("\"request\":");
      request(json, route);
      json.append(",\"response\":[{\"id\":\"ex-").append(n).append("\",\"name\":\"ok ");
      json.append(n).append("\",\"originalRequest\":");
      request(json, route);
      json.append(",\"code\":200,\"status\":\"OK\",");
      json.append("\"header\":[{\"key\":\"Content-Type\",\"value\":\"application/json\"}],");
      json.append("\"body\":");
      string(json, route.body());
      json.append("}]}");
    }
    json.append("]}");
    return json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void request(StringBuilder json, Route route) {
    json.append("{\"method\":\"GET\",\"url\":{\"raw\":");
    string(json, "{{baseUrl}}" + route.path());
    json.append(",\"host\":[\"{{baseUrl}}\"],\"path\":[");
    String[] segments = route.path().substring(1).split("/");
    for (int i = 0; i < segments.length; i++) {
      json.append(i == 0 ? "" : ",");
      string(json, segments[i]);
    }
    json.append("]}}");
  }

  /**
   * A JSON string; the routes are printable ASCII, so only quotes and backslashes need escaping.
   */
  private static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException("not printable ASCII: " + value);
      }
      json.append(c == '"' || c == '\\' ? "\\" : "").append(c);
    }
    json.append('"');
  }
}
