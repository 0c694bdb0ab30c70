package io.github.postmanmock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real service behind {@code contract/shop.postman_collection.json}, on loopback, in two
 * variants: faithful (answers as the examples say, values aside) and drifting (a number turned into
 * a string, a field gone from an array element, a 404 that became 200, an extra field, HTML instead
 * of text).
 */
public final class ShopService implements AutoCloseable {
  /** The token the account endpoint wants; it must never appear in a report. */
  public static final String TOKEN = "s3cret-token";

  private final HttpServer server;
  private final boolean drifting;
  private final List<String> calls = new CopyOnWriteArrayList<>();

  private ShopService(HttpServer server, boolean drifting) {
    this.server = server;
    this.drifting = drifting;
  }

  /** Start the service that still answers as the examples say. */
  public static ShopService faithful() {
    return start(false);
  }

  /** Start the service that moved on. */
  public static ShopService drifting() {
    return start(true);
  }

  private static ShopService start(boolean drifting) {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      ShopService service = new ShopService(http, drifting);
      http.createContext("/", service::handle);
      http.start();
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Every call received, as {@code METHOD /path?query}, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      String target = exchange.getRequestURI().toString();
      calls.add(method + " " + target);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      switch (method + " " + exchange.getRequestURI().getPath()) {
        case "GET /orders/7" ->
            send(
                exchange,
                200,
                "application/json; charset=utf-8",
                drifting
                    ? "{\"id\":\"7\",\"total\":12.5,\"items\":[{\"sku\":\"A-1\"}],"
                        + "\"customer\":{\"name\":\"Grace\"},\"note\":\"gift\"}"
                    : "{\"id\":7,\"total\":12.5,\"items\":[{\"sku\":\"A-1\",\"qty\":2},"
                        + "{\"sku\":\"B-2\",\"qty\":1}],\"customer\":{\"name\":\"Grace\"}}");
        case "GET /orders/999" ->
            send(
                exchange, drifting ? 200 : 404, "application/json", "{\"error\":\"no order 999\"}");
        case "GET /orders/7/items" -> send(exchange, 200, "application/json", "[]");
        case "POST /orders" -> send(exchange, 201, "application/json", "{\"id\":9}");
        case "GET /health" -> send(exchange, 200, drifting ? "text/html" : "text/plain", "UP");
        case "GET /account" ->
            send(
                exchange,
                ("Bearer " + TOKEN).equals(auth) ? 200 : 401,
                "application/json",
                "{\"user\":\"grace\"}");
        default -> send(exchange, 404, "text/plain", "no route");
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
