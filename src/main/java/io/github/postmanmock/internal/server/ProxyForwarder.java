package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.RenderedResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sends a call on to the real service and returns its answer as it came: no redirect is followed,
 * hop-by-hop headers are dropped both ways, {@code Host} names the target, and {@code
 * Accept-Encoding} is dropped so the body comes back readable (and recordable) as text.
 *
 * <p>Thread-safe: one {@link HttpClient} serves every call.
 */
final class ProxyForwarder {
  /** Connection headers (RFC 9110 §7.6.1), those the client sets itself, and Accept-Encoding. */
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-authenticate",
          "proxy-authorization",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "http2-settings",
          "host",
          "content-length",
          "expect",
          "accept-encoding");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String base;
  private final HttpClient client;

  ProxyForwarder(URI target) {
    String text = target.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The base URL calls are sent to, without a trailing slash. */
  String base() {
    return base;
  }

  /**
   * Send {@code call} to the target and return the answer.
   *
   * @throws IOException if the target cannot be reached or breaks off the answer
   * @throws InterruptedException if the waiting thread is interrupted
   */
  RenderedResponse forward(HttpCall call) throws IOException, InterruptedException {
    URI uri =
        URI.create(base + call.path() + (call.rawQuery().isEmpty() ? "" : "?" + call.rawQuery()));
    HttpRequest.BodyPublisher body =
        call.body().length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(call.body());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).method(call.method(), body);
    for (Header h : forwardable(call.headers())) {
      try {
        request.header(h.key(), h.value());
      } catch (IllegalArgumentException restricted) {
        // a header the JDK client sets itself or refuses: the target gets the client's own
      }
    }
    HttpResponse<byte[]> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new RenderedResponse(
        response.statusCode(), responseHeaders(response.headers().map()), response.body());
  }

  /**
   * The headers that go on to the target (or back to the client): without {@link #NOT_FORWARDED}
   * and without those the {@code Connection} header names.
   */
  static List<Header> forwardable(List<Header> headers) {
    Set<String> named = new HashSet<>();
    for (Header h : headers) {
      if (h.key().equalsIgnoreCase("connection")) {
        for (String token : h.value().split(",")) {
          named.add(token.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    List<Header> out = new ArrayList<>();
    for (Header h : headers) {
      String key = h.key().toLowerCase(Locale.ROOT);
      if (!NOT_FORWARDED.contains(key) && !named.contains(key)) {
        out.add(h);
      }
    }
    return out;
  }

  private static List<Header> responseHeaders(Map<String, List<String>> map) {
    List<Header> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : map.entrySet()) {
      if (e.getKey().startsWith(":")) {
        continue;
      }
      for (String value : e.getValue()) {
        headers.add(Header.of(e.getKey(), value));
      }
    }
    return forwardable(headers);
  }
}
