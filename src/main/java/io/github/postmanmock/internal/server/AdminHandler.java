package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Serves the mock's own endpoints under a reserved prefix ({@code /__mock} by default): the call
 * log as JSON ({@code GET} and {@code DELETE .../calls}, one call at {@code GET .../calls/{id}}), a
 * health check ({@code GET .../health}), the outage switch ({@link ServerResponseEndpoint}) and the
 * call-log web page ({@code GET .../}). It runs in its own {@code HttpContext}, so these calls
 * never reach the matching engine and are never recorded.
 *
 * <p>They are as private as the mock ({@link AdminGuard}): a foreign {@code Host} gets 403, a
 * missing or unknown key 401. The page answers 401 without the key too, but with itself as the
 * body: it holds no call data, asks the user for the key once and sends it with every call.
 */
final class AdminHandler implements HttpHandler {
  static final String PAGE_RESOURCE = "call-log.html";
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  /**
   * The page's own script and style are inline, it calls only its own origin and its icon is a
   * {@code data:} URL; nothing else may load, frame it or be submitted from it.
   */
  private static final String PAGE_POLICY =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
          + "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
          + "frame-ancestors 'none'";

  private final String prefix;
  private final Supplier<List<LoggedCall>> calls;
  private final LongSupplier dropped;
  private final Runnable clear;
  private final AdminGuard guard;
  private final byte[] page;
  private final ServerResponseEndpoint serverResponse;

  AdminHandler(
      String prefix,
      Supplier<List<LoggedCall>> calls,
      LongSupplier dropped,
      Runnable clear,
      AdminGuard guard,
      ServerResponseEndpoint serverResponse) {
    this.serverResponse = Objects.requireNonNull(serverResponse, "serverResponse");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.guard = Objects.requireNonNull(guard, "guard");
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
      byte[] sent = ServerResponseEndpoint.takeBody(exchange, rest);
      if (sent == null || !RequestReader.discardBody(exchange)) {
        byte[] body = errorBody("badRequestError", "The request body could not be read");
        AnswerWriter.write(exchange, 400, body, false, true);
        return;
      }
      AdminGuard.Refusal refused = guard.check(exchange);
      if (refused != null) {
        refuse(exchange, method, rest, refused);
        return;
      }
      switch (rest) {
        case "/", "/index.html" -> page(exchange, method);
        case "/calls" -> calls(exchange, method);
        case "/health" -> health(exchange, method);
        case "/server-response" -> serverResponse(exchange, method, sent);
        default -> other(exchange, method, rest);
      }
    }
  }

  private void other(HttpExchange exchange, String method, String rest) throws IOException {
    if (!rest.startsWith("/calls/")) {
      error(exchange, 404, "adminNotFoundError", "No admin endpoint [" + rest + "]");
    } else if (!isGet(method)) {
      notAllowed(exchange, "GET");
    } else {
      String id = rest.substring("/calls/".length());
      ObjectNode entry = CallLookup.find(calls.get(), id);
      if (entry == null) {
        error(exchange, 404, "callNotFoundError", "The call log holds no call [" + id + "]");
      } else {
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        send(exchange, method, 200, JSON_TYPE, CallLogJson.bytes(entry));
      }
    }
  }

  private void refuse(HttpExchange exchange, String method, String rest, AdminGuard.Refusal why)
      throws IOException {
    if (why.status() == 401 && isPage(rest) && isGet(method)) {
      sendPage(exchange, method, 401);
      return;
    }
    error(exchange, why.status(), why.name(), why.message());
  }

  private static boolean isPage(String rest) {
    return rest.equals("/") || rest.equals("/index.html");
  }

  private void page(HttpExchange exchange, String method) throws IOException {
    if (!isGet(method)) {
      notAllowed(exchange, "GET");
      return;
    }
    sendPage(exchange, method, 200);
  }

  private void sendPage(HttpExchange exchange, String method, int status) throws IOException {
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().add("Content-Security-Policy", PAGE_POLICY);
    send(exchange, method, status, "text/html; charset=utf-8", page);
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
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", "UP");
    body.put("calls", calls.get().size());
    body.put("droppedCalls", dropped.getAsLong());
    send(exchange, method, 200, JSON_TYPE, CallLogJson.bytes(body));
  }

  private void serverResponse(HttpExchange exchange, String method, byte[] sent)
      throws IOException {
    ServerResponseEndpoint.Answer answer = serverResponse.answer(method, sent);
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
    exchange.getResponseHeaders().add("Content-Type", JSON_TYPE);
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    AnswerWriter.write(exchange, status, errorBody(name, message), head, false);
  }

  private static byte[] errorBody(String name, String message) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.putObject("error").put("name", name).put("message", message);
    return CallLogJson.bytes(root);
  }

  private static void send(
      HttpExchange exchange, String method, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    AnswerWriter.write(exchange, status, body, method.equalsIgnoreCase("HEAD"), false);
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
