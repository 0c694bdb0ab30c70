package io.github.postmanmock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** A loopback HTTPS client for end-to-end tests, trusting what it is given. */
final class Tls {
  private final HttpClient client;

  private Tls(SSLContext trust) {
    this.client =
        HttpClient.newBuilder().sslContext(trust).connectTimeout(Duration.ofSeconds(5)).build();
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
    return Http.send(client, request);
  }
}
