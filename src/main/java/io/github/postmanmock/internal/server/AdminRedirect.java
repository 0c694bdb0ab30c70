package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Objects;

/**
 * Sends the admin prefix without its slash ({@code GET /__mock}) to the call-log page ({@code
 * /__mock/}) with a 301, so a typed address opens the page instead of being answered 404 and logged
 * as an unmatched call. It serves the context of the bare prefix; any other path there (such as
 * {@code /__mockery}, which the JDK's prefix matching may route here) goes on to the mock itself.
 */
final class AdminRedirect implements HttpHandler {
  private final String prefix;
  private final HttpHandler mock;

  AdminRedirect(String prefix, HttpHandler mock) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.mock = Objects.requireNonNull(mock, "mock");
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getRawPath().equals(prefix)) {
      mock.handle(exchange);
      return;
    }
    try (exchange) {
      String query = exchange.getRequestURI().getRawQuery();
      String target = prefix + "/" + (query == null ? "" : "?" + query);
      exchange.getResponseHeaders().add("Location", target);
      exchange.getResponseHeaders().add("Cache-Control", "no-store");
      exchange.sendResponseHeaders(301, -1);
    }
  }
}
