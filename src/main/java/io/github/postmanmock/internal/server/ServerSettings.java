package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.tls.TlsIdentity;
import java.util.Objects;
import java.util.Set;

/**
 * How a mock server listens and what it accepts. The values were checked by {@code
 * MockServerBuilder}, the one place options are validated.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless configured
 * @param port the port, 0 for an ephemeral one
 * @param maxBodyBytes the largest request body accepted, or -1 for no limit
 * @param bodyLimitStatus the status answered past that limit: 413 for a limit the user set, 400 for
 *     Postman's own 1 MB limit under strict matching (SPEC §4)
 * @param apiKeys the {@code x-api-key} values accepted when the server starts (live edits may
 *     change them, see {@link MockState}); empty for a public mock
 * @param name a name for threads and messages, such as the collection or test class
 * @param tls what to serve HTTPS with, or {@code null} for plain HTTP
 * @param allowedHosts more {@code Host} names the admin endpoints answer (see {@link AdminGuard})
 */
public record ServerSettings(
    String host,
    int port,
    long maxBodyBytes,
    int bodyLimitStatus,
    Set<String> apiKeys,
    String name,
    TlsIdentity tls,
    Set<String> allowedHosts) {

  /** Postman's cloud mock refuses request bodies past this size (SPEC §4). */
  public static final long POSTMAN_BODY_LIMIT = 1024 * 1024;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    if (bodyLimitStatus != 400 && bodyLimitStatus != 413) {
      throw new IllegalArgumentException(
          "bodyLimitStatus must be 400 or 413 but was [" + bodyLimitStatus + "]");
    }
    apiKeys = Set.copyOf(apiKeys);
    Objects.requireNonNull(name, "name");
    allowedHosts = Set.copyOf(allowedHosts);
  }

  /** A copy whose admin endpoints also answer {@code names}. */
  public ServerSettings withAllowedHosts(Set<String> names) {
    return new ServerSettings(host, port, maxBodyBytes, bodyLimitStatus, apiKeys, name, tls, names);
  }
}
