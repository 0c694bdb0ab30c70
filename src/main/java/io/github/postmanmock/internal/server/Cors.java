package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.RenderedResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CORS headers a mock adds for browsers (SPEC §5.2). In {@link CorsPolicy#AUTO} mode a call
 * with an {@code Origin} is answered with that origin, {@code Access-Control-Allow-Credentials:
 * true} and {@code Vary: Origin} rather than {@code *}, so that {@code fetch(url, {credentials:
 * 'include'})} works too (a browser refuses credentials with {@code *}). A Private Network Access
 * preflight ({@code Access-Control-Request-Private-Network: true}, a public page calling a loopback
 * or LAN mock in Chromium) is allowed.
 */
final class Cors {
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
  static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";
  static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
  static final String MAX_AGE_SECONDS = "600";

  private Cors() {}

  /** Whether {@code call} is a preflight: OPTIONS with Origin and Access-Control-Request-Method. */
  static boolean isPreflight(HttpCall call) {
    return call.method().equalsIgnoreCase("OPTIONS")
        && call.header("Origin") != null
        && call.header("Access-Control-Request-Method") != null;
  }

  /**
   * The automatic answer to a preflight: 204 allowing the origin, credentials, the method and
   * headers asked for and, when asked, the private network.
   */
  static RenderedResponse preflightAnswer(HttpCall call) {
    List<Header> headers = new ArrayList<>();
    allowOrigin(headers, call.header("Origin"));
    headers.add(
        Header.of("Access-Control-Allow-Methods", call.header("Access-Control-Request-Method")));
    String requested = call.header("Access-Control-Request-Headers");
    if (requested != null && !requested.isBlank()) {
      headers.add(Header.of("Access-Control-Allow-Headers", requested));
    }
    if ("true".equalsIgnoreCase(trim(call.header(REQUEST_PRIVATE_NETWORK)))) {
      headers.add(Header.of(ALLOW_PRIVATE_NETWORK, "true"));
    }
    headers.add(Header.of("Access-Control-Max-Age", MAX_AGE_SECONDS));
    return new RenderedResponse(204, headers, new byte[0]);
  }

  /**
   * {@code response} allowing the call's origin with credentials ({@link CorsPolicy#AUTO}) or every
   * origin ({@code *}, {@link CorsPolicy#EXAMPLES_ONLY}, as Postman's staff described it in 2018)
   * unless it sets {@code Access-Control-Allow-Origin} itself, and {@code
   * Access-Control-Expose-Headers} naming its other headers unless it sets that; unchanged for a
   * call without {@code Origin}.
   */
  static RenderedResponse decorate(RenderedResponse response, HttpCall call, CorsPolicy policy) {
    if (call.header("Origin") == null) {
      return response;
    }
    List<Header> headers = new ArrayList<>(response.headers());
    if (response.header(ALLOW_ORIGIN) == null) {
      if (policy == CorsPolicy.AUTO) {
        allowOrigin(headers, call.header("Origin"));
      } else {
        headers.add(Header.of(ALLOW_ORIGIN, "*"));
      }
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

  /** Allow {@code origin} with credentials; the answer depends on it, so it varies by Origin. */
  private static void allowOrigin(List<Header> headers, String origin) {
    headers.add(Header.of(ALLOW_ORIGIN, origin));
    headers.add(Header.of(ALLOW_CREDENTIALS, "true"));
    int vary = -1;
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).key().equalsIgnoreCase("Vary")) {
        vary = i;
      }
    }
    if (vary < 0) {
      headers.add(Header.of("Vary", "Origin"));
    } else if (!headers.get(vary).value().toLowerCase(Locale.ROOT).contains("origin")) {
      Header old = headers.get(vary);
      headers.set(vary, Header.of(old.key(), old.value() + ", Origin"));
    }
  }

  private static String trim(String value) {
    return value == null ? null : value.trim();
  }
}
