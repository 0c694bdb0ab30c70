package io.github.postmanmock;

import io.github.postmanmock.testing.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * A loopback HTTPS client for end-to-end tests, trusting what it is given. Its time limit is wider
 * than {@link Http}'s: the first TLS handshake of a JVM loads and warms the whole TLS stack on both
 * sides, which takes seconds on a loaded CI machine.
 */
final class Tls {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private final HttpClient client;

  private Tls(SSLContext trust) {
    this.client =
        HttpClient.newBuilder().sslContext(trust).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** A client that trusts {@code mock}'s certificate. */
  static Tls trusting(MockServer mock) {
    return new Tls(mock.sslContext());
  }

  HttpResponse<String> get(String url, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
  }

  HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    if (headers.length > 0) {
      request.headers(headers);
    }
    return Http.send(client, request, TIMEOUT);
  }
}
