package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.RenderedResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The CORS headers a mock adds for browsers (SPEC §5.2). */
final class Cors {
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
  static final String MAX_AGE_SECONDS = "600";

  private Cors() {}

  /** Whether {@code call} is a preflight: OPTIONS with Origin and Access-Control-Request-Method. */
  static boolean isPreflight(HttpCall call) {
    return call.method().equalsIgnoreCase("OPTIONS")
        && call.header("Origin") != null
        && call.header("Access-Control-Request-Method") != null;
  }

  /** The automatic answer to a preflight: 204 allowing the method and headers asked for. */
  static RenderedResponse preflightAnswer(HttpCall call) {
    List<Header> headers = new ArrayList<>();
    headers.add(Header.of(ALLOW_ORIGIN, "*"));
    headers.add(
        Header.of("Access-Control-Allow-Methods", call.header("Access-Control-Request-Method")));
    String requested = call.header("Access-Control-Request-Headers");
    if (requested != null && !requested.isBlank()) {
      headers.add(Header.of("Access-Control-Allow-Headers", requested));
    }
    headers.add(Header.of("Access-Control-Max-Age", MAX_AGE_SECONDS));
    return new RenderedResponse(204, headers, new byte[0]);
  }

  /**
   * {@code response} with {@code Access-Control-Allow-Origin: *} unless it sets one, and {@code
   * Access-Control-Expose-Headers} naming its other headers unless it sets that; unchanged for a
   * call without {@code Origin}.
   */
  static RenderedResponse decorate(RenderedResponse response, HttpCall call) {
    if (call.header("Origin") == null) {
      return response;
    }
    List<Header> headers = new ArrayList<>(response.headers());
    if (response.header(ALLOW_ORIGIN) == null) {
      headers.add(Header.of(ALLOW_ORIGIN, "*"));
    }
    Set<String> exposed = new LinkedHashSet<>();
    for (Header h : response.headers()) {
      if (!h.key().toLowerCase(Locale.ROOT).startsWith("access-control-")) {
        exposed.add(h.key());
      }
    }
    if (response.header(EXPOSE_HEADERS) == null && !exposed.isEmpty()) {
      headers.add(Header.of(EXPOSE_HEADERS, String.join(", ", exposed)));
    }
    return new RenderedResponse(response.status(), headers, response.body());
  }
}
