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
   * The routes as a Postman collection (v2.1) with one saved example per route, written with
   * jackson-core's streaming generator: the collection stands for a file on disk, so making it must
   * not load Jackson's databind into our server's timed start (the other peers never pay for it).
   */
  static byte[] collection(List<Route> routes) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (com.fasterxml.jackson.core.JsonGenerator g =
        new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("info");
      g.writeStringField("name", "bench-" + routes.size());
      g.writeStringField(
          "schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
      g.writeEndObject();
      g.writeArrayFieldStart("item");
      int n = 0;
      for (Route route : routes) {
        g.writeStartObject();
        g.writeStringField("name", "route " + n);
        g.writeFieldName("request");
        request(g, route);
        g.writeArrayFieldStart("response");
        g.writeStartObject();
        g.writeStringField("id", "ex-" + n);
        g.writeStringField("name", "ok " + n);
        g.writeFieldName("originalRequest");
        request(g, route);
        g.writeNumberField("code", 200);
        g.writeStringField("status", "OK");
        g.writeArrayFieldStart("header");
        g.writeStartObject();
        g.writeStringField("key", "Content-Type");
        g.writeStringField("value", "application/json");
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("body", route.body());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        n++;
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void request(com.fasterxml.jackson.core.JsonGenerator g, Route route)
      throws java.io.IOException {
    g.writeStartObject();
    g.writeStringField("method", "GET");
    g.writeObjectFieldStart("url");
    g.writeStringField("raw", "{{baseUrl}}" + route.path());
    g.writeArrayFieldStart("host");
    g.writeString("{{baseUrl}}");
    g.writeEndArray();
    g.writeArrayFieldStart("path");
    for (String segment : route.path().substring(1).split("/")) {
      g.writeString(segment);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }
}
