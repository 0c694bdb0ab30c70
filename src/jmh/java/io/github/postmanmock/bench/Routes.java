package io.github.postmanmock.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** The routes as a Postman collection (v2.1) with one saved example per route. */
  static byte[] collection(List<Route> routes) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode info = root.putObject("info");
    info.put("name", "bench-" + routes.size());
    info.put("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    ArrayNode items = root.putArray("item");
    int n = 0;
    for (Route route : routes) {
      ObjectNode item = items.addObject();
      item.put("name", "route " + n);
      item.set("request", request(route));
      ObjectNode example = item.putArray("response").addObject();
      example.put("id", "ex-" + n);
      example.put("name", "ok " + n);
      example.set("originalRequest", request(route));
      example.put("code", 200);
      example.put("status", "OK");
      ObjectNode header = example.putArray("header").addObject();
      header.put("key", "Content-Type");
      header.put("value", "application/json");
      example.put("body", route.body());
      n++;
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode request(Route route) {
    ObjectNode request = JSON.createObjectNode();
    request.put("method", "GET");
    ObjectNode url = request.putObject("url");
    url.put("raw", "{{baseUrl}}" + route.path());
    url.putArray("host").add("{{baseUrl}}");
    ArrayNode path = url.putArray("path");
    for (String segment : route.path().substring(1).split("/")) {
      path.add(segment);
    }
    return request;
  }
}
