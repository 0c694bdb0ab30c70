package io.github.postmanmock.internal.server;

import java.util.Objects;
import java.util.Set;

/**
 * How a mock server listens and what it accepts.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless configured
 * @param port the port, 0 for an ephemeral one
 * @param maxBodyBytes the largest request body accepted, or -1 for no limit
 * @param apiKeys the {@code x-api-key} values accepted when the server starts (live edits may
 *     change them, see {@link MockState}); empty for a public mock
 * @param name a name for threads and messages, such as the collection or test class
 */
public record ServerSettings(
    String host, int port, long maxBodyBytes, Set<String> apiKeys, String name) {

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535] but was [" + port + "]");
    }
    if (maxBodyBytes < -1) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be -1 (no limit) or at least 0 but was [" + maxBodyBytes + "]");
    }
    apiKeys = Set.copyOf(apiKeys);
    Objects.requireNonNull(name, "name");
  }
}
