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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A small real HTTP service on loopback for recording tests: orders, a redirect, a 204. */
public final class OrdersService implements AutoCloseable {
  private final HttpServer server;
  private final List<Map<String, List<String>>> seenHeaders = new CopyOnWriteArrayList<>();

  private OrdersService(HttpServer server) {
    this.server = server;
  }

  public static OrdersService start() {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      OrdersService service = new OrdersService(http);
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

  /** The request headers of every call the service received, in order. */
  public List<Map<String, List<String>>> seenHeaders() {
    return seenHeaders;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      seenHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
      byte[] request = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getRawQuery();
      var headers = exchange.getResponseHeaders();
      if (path.equals("/old")) {
        headers.add("Location", "/orders");
        exchange.sendResponseHeaders(302, -1);
      } else if (method.equals("DELETE")) {
        exchange.sendResponseHeaders(204, -1);
      } else if (method.equals("POST") && path.equals("/orders")) {
        headers.add("Content-Type", "application/json");
        headers.add("Location", "/orders/43");
        send(
            exchange,
            201,
            "{\"id\":43,\"order\":" + new String(request, StandardCharsets.UTF_8) + "}");
      } else if (path.equals("/orders")) {
        headers.add("Content-Type", "application/json");
        headers.add("X-Trace", "trace-1");
        headers.add("Set-Cookie", "session=secret-cookie");
        send(exchange, 200, "[{\"id\":42,\"page\":\"" + query + "\"}]");
      } else if (path.startsWith("/orders/")) {
        String id = path.substring("/orders/".length());
        headers.add("Content-Type", "application/json");
        boolean known = id.equals("42");
        send(
            exchange,
            known ? 200 : 404,
            known ? "{\"id\":42,\"item\":\"tea\"}" : "{\"error\":\"no order " + id + "\"}");
      } else {
        headers.add("Content-Type", "text/plain");
        send(exchange, 200, "hello from " + path);
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
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
