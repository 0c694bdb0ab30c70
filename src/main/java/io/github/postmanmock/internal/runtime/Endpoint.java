package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.tls.TlsIdentity;
import java.util.List;

/**
 * Where clients reach a running mock: its URLs and port, and for HTTPS the identity it presents
 * (the certificate, its PEM text and a client context that trusts it). Thread-safe.
 */
public final class Endpoint {
  private final MockHttpServer http;
  private final Object mock;

  /** The endpoint of {@code http}; {@code mock} names the server in messages. */
  Endpoint(MockHttpServer http, Object mock) {
    this.http = http;
    this.mock = mock;
  }

  /** The URL clients call, without a trailing slash. */
  public String baseUrl() {
    return url(http.hostForUrl());
  }

  /** Every base URL clients can call: one per {@link MockHttpServer#hostsForUrls()}. */
  public List<String> baseUrls() {
    return http.hostsForUrls().stream().map(this::url).toList();
  }

  private String url(String host) {
    return http.scheme() + "://" + host + ":" + http.port();
  }

  public int port() {
    return http.port();
  }

  /**
   * The identity this server speaks TLS with.
   *
   * @throws IllegalStateException if it serves plain HTTP
   */
  public TlsIdentity tls() {
    if (http.tls() == null) {
      throw new IllegalStateException(
          mock
              + " serves plain HTTP, so it has no certificate: start it with"
              + " MockServer.builder().https()");
    }
    return http.tls();
  }
}
