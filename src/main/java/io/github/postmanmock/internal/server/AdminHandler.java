package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Serves the mock's own endpoints under a reserved prefix ({@code /__mock} by default): the call
 * log as JSON ({@code GET} and {@code DELETE .../calls}), a health check ({@code GET .../health}),
 * the outage switch ({@link ServerResponseEndpoint}) and the call-log web page ({@code GET .../}).
 * It runs in its own {@code HttpContext}, so these calls never reach the matching engine and are
 * never recorded.
 */
final class AdminHandler implements HttpHandler {
  static final String PAGE_RESOURCE = "call-log.html";
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  private final String prefix;
  private final Supplier<List<LoggedCall>> calls;
  private final LongSupplier dropped;
  private final Runnable clear;
  private final byte[] page;
  private final ServerResponseEndpoint serverResponse;

  AdminHandler(
      String prefix,
      Supplier<List<LoggedCall>> calls,
      LongSupplier dropped,
      Runnable clear,
      ServerResponseEndpoint serverResponse) {
    this.serverResponse = Objects.requireNonNull(serverResponse, "serverResponse");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.calls = Objects.requireNonNull(calls, "calls");
    this.dropped = Objects.requireNonNull(dropped, "dropped");
    this.clear = Objects.requireNonNull(clear, "clear");
    this.page = loadPage();
  }

  /** The prefix with a leading slash and without a trailing one: {@code /__mock}. */
  static String normalise(String prefix) {
    String p = Objects.requireNonNull(prefix, "prefix").trim();
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.isEmpty() || !p.startsWith("/") || p.contains("?") || p.contains("#")) {
      throw new IllegalArgumentException(
          "The admin prefix must be a path such as [/__mock] but was [" + prefix + "]");
    }
    return p;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String rest = exchange.getRequestURI().getRawPath().substring(prefix.length());
      String method = exchange.getRequestMethod();
      switch (rest) {
        case "/", "/index.html" -> page(exchange, method);
        case "/calls" -> calls(exchange, method);
        case "/health" -> health(exchange, method);
        case "/server-response" -> serverResponse(exchange, method);
        default -> error(exchange, 404, "adminNotFoundError", "No admin endpoint [" + rest + "]");
      }
    }
  }

  private void page(HttpExchange exchange, String method) throws IOException {
    if (!isGet(method)) {
      notAllowed(exchange, "GET");
      return;
    }
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
    exchange
        .getResponseHeaders()
        .add("Content-Security-Policy", "default-src 'self' 'unsafe-inline'");
    send(exchange, method, 200, "text/html; charset=utf-8", page);
  }

  private void calls(HttpExchange exchange, String method) throws IOException {
    if (method.equalsIgnoreCase("DELETE")) {
      clear.run();
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    if (!isGet(method)) {
      notAllowed(exchange, "GET, DELETE");
      return;
    }
    CallLogQuery query;
    try {
      query = CallLogQuery.parse(exchange.getRequestURI().getRawQuery());
    } catch (IllegalArgumentException e) {
      error(exchange, 400, "invalidParamError", e.getMessage());
      return;
    }
    ObjectNode page = CallLogJson.page(calls.get(), query, dropped.getAsLong());
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    send(exchange, method, 200, JSON_TYPE, CallLogJson.bytes(page));
  }

  private void health(HttpExchange exchange, String method) throws IOException {
    if (!isGet(method)) {
      notAllowed(exchange, "GET");
      return;
    }
    ObjectNode body = CallLogJson.JSON.createObjectNode();
    body.put("status", "UP");
    body.put("calls", calls.get().size());
    body.put("droppedCalls", dropped.getAsLong());
    send(exchange, method, 200, JSON_TYPE, CallLogJson.bytes(body));
  }

  private void serverResponse(HttpExchange exchange, String method) throws IOException {
    ServerResponseEndpoint.Answer answer = serverResponse.answer(method, exchange.getRequestBody());
    if (answer.status() == 405) {
      notAllowed(exchange, ServerResponseEndpoint.ALLOWED);
    } else if (answer.json() == null) {
      exchange.sendResponseHeaders(answer.status(), -1);
    } else {
      exchange.getResponseHeaders().add("Cache-Control", "no-store");
      send(exchange, method, answer.status(), JSON_TYPE, answer.json());
    }
  }

  private static boolean isGet(String method) {
    return method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD");
  }

  private static void notAllowed(HttpExchange exchange, String allowed) throws IOException {
    exchange.getResponseHeaders().add("Allow", allowed);
    error(exchange, 405, "methodNotAllowedError", "This admin endpoint accepts " + allowed);
  }

  private static void error(HttpExchange exchange, int status, String name, String message)
      throws IOException {
    ObjectNode root = CallLogJson.JSON.createObjectNode();
    root.putObject("error").put("name", name).put("message", message);
    send(exchange, exchange.getRequestMethod(), status, JSON_TYPE, CallLogJson.bytes(root));
  }

  private static void send(
      HttpExchange exchange, String method, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    boolean head = method.equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] loadPage() {
    try (InputStream in = AdminHandler.class.getResourceAsStream(PAGE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The call-log page [" + PAGE_RESOURCE + "] is missing from the jar; rebuild it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the call-log page [" + PAGE_RESOURCE + "]", e);
    }
  }
}
