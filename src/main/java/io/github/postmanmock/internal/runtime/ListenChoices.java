package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.server.ServerSettings;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a builder's server listens and what it accepts: address, port, body limit, API keys, HTTPS
 * and the admin endpoints, each checked as it is given. Not thread-safe, like the builder that owns
 * it.
 */
public final class ListenChoices {
  private final Set<String> apiKeys = new LinkedHashSet<>();
  private final Set<String> allowedHosts = new LinkedHashSet<>();
  private String host = "127.0.0.1";
  private int port;
  private long maxBodyBytes = -1;
  private String adminPrefix;
  private TlsSource tls;

  public void host(String host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /** Listen on {@code port}; 0 picks a free one. */
  public void port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535] but was [" + port + "]");
    }
    this.port = port;
  }

  /** Refuse bodies longer than {@code limit} bytes; -1 for no limit. */
  public void maxBodyBytes(long limit) {
    if (limit < -1) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be -1 (no limit) or at least 0 but was [" + limit + "]");
    }
    this.maxBodyBytes = limit;
  }

  /** Accept one more key in {@code x-api-key}. */
  public void apiKey(String key) {
    apiKeys.add(requireKey(key));
  }

  /**
   * The key, if it can be one: given to the builder or to a running server.
   *
   * @throws IllegalArgumentException if it is blank
   */
  public static String requireKey(String key) {
    if (Objects.requireNonNull(key, "key").isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank but was [\"" + key + "\"]");
    }
    return key;
  }

  /** Serve HTTPS with the generated certificate, unless a key store was given. */
  public void https() {
    if (tls == null) {
      tls = TlsSource.GENERATED;
    }
  }

  /** Serve HTTPS from {@code source}. */
  public void tls(TlsSource source) {
    this.tls = Objects.requireNonNull(source, "source");
  }

  /** Serve the admin endpoints under {@code prefix}. */
  public void adminPrefix(String prefix) {
    this.adminPrefix = Objects.requireNonNull(prefix, "prefix");
  }

  /** Let the admin endpoints also answer calls whose {@code Host} is {@code name}. */
  public void allowedHost(String name) {
    allowedHosts.add(Objects.requireNonNull(name, "name"));
  }

  String adminPrefix() {
    return adminPrefix;
  }

  /**
   * The settings of a server named {@code name}. Without a body limit of its own, a server under
   * strict matching refuses Postman's 1 MB with a 400, as Postman does (SPEC §4); a limit the user
   * set is answered 413.
   *
   * @throws io.github.postmanmock.PostmanMockException if the key store cannot be read or opened
   */
  ServerSettings settings(String name, MatchOptions matching) {
    boolean postmanLimit = maxBodyBytes == -1 && CollectionWarnings.isStrict(matching);
    long limit = postmanLimit ? ServerSettings.POSTMAN_BODY_LIMIT : maxBodyBytes;
    int status = postmanLimit ? 400 : 413;
    var identity = tls == null ? null : tls.identity();
    return new ServerSettings(host, port, limit, status, apiKeys, name, identity, allowedHosts);
  }
}
