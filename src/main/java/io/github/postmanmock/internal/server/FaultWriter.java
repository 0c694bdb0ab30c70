package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.render.HeaderValues;
import io.github.postmanmock.internal.render.RenderedResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a fault instead of a response when the chosen response carries the header {@value #HEADER}
 * with a known fault name. The JDK server closes a connection abruptly when its handler throws;
 * that is the only lever a handler has on the socket, so every fault that must cut the connection
 * ends by throwing {@link Injected}.
 */
final class FaultWriter {
  static final String HEADER = "x-mock-fault";
  static final Set<String> KNOWN =
      Set.of("CONNECTION_RESET", "EMPTY_RESPONSE", "MALFORMED_RESPONSE", "TRUNCATED_BODY");

  private FaultWriter() {}

  /** Thrown out of the handler so that the JDK server closes the connection at once. */
  static final class Injected extends IOException {
    private static final long serialVersionUID = 1L;

    Injected(String fault) {
      super("fault " + fault + " written on purpose");
    }
  }

  /** The fault {@code response} asks for, upper case; {@code null} for none. */
  static String faultOf(RenderedResponse response) {
    String value = header(response);
    return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
  }

  /** A note for the call log when the header names no fault; empty when it is fine or absent. */
  static String problem(RenderedResponse response) {
    String fault = faultOf(response);
    if (fault == null || KNOWN.contains(fault)) {
      return "";
    }
    return "Header ["
        + HEADER
        + ": "
        + header(response)
        + "] names no fault; one of "
        + KNOWN.stream().sorted().toList()
        + " was expected, so the response was sent as it is";
  }

  private static String header(RenderedResponse response) {
    for (Header h : response.headers()) {
      if (h.key().equalsIgnoreCase(HEADER)) {
        return h.value();
      }
    }
    return null;
  }

  /** Whether {@code response} asks for a fault this class knows. */
  static boolean asks(RenderedResponse response) {
    String fault = faultOf(response);
    return fault != null && KNOWN.contains(fault);
  }

  /** Write the fault {@code response} asks for; ends by throwing when the connection must drop. */
  static void write(HttpExchange exchange, RenderedResponse response) throws IOException {
    String fault = faultOf(response);
    switch (fault) {
      case "MALFORMED_RESPONSE" -> {
        exchange.sendResponseHeaders(0, -1); // "HTTP/1.1 0": no client accepts that status
        exchange.close();
      }
      case "TRUNCATED_BODY" -> {
        byte[] body = response.body();
        for (Header h : response.headers()) {
          if (!h.key().equalsIgnoreCase(HEADER)) {
            exchange.getResponseHeaders().add(h.key(), HeaderValues.sanitize(h.value()));
          }
        }
        exchange.sendResponseHeaders(response.status(), Math.max(body.length, 1));
        OutputStream out = exchange.getResponseBody();
        out.write(Arrays.copyOf(body, body.length / 2));
        out.flush();
        throw new Injected(fault);
      }
      default -> throw new Injected(fault); // reset and empty: close before any byte
    }
  }
}
