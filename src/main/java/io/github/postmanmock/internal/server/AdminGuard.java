package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may use the admin endpoints: a call whose {@code Host} names this server, and that carries an
 * accepted {@code x-api-key} when the mock is private.
 *
 * <p>The {@code Host} check stops DNS rebinding: a web page on {@code evil.example} whose name is
 * made to resolve to 127.0.0.1 reaches the mock from the user's browser, but its requests still say
 * {@code Host: evil.example}. Accepted names: {@code localhost}, {@code 127.0.0.1}, {@code [::1]},
 * the address the server is bound to, and the names the user allowed; the port is ignored. A call
 * without {@code Host} (HTTP/1.0) is refused too.
 */
final class AdminGuard {
  /** A refusal: the status and the message to answer with. */
  record Refusal(int status, String name, String message) {}

  private final Supplier<ApiKeys> keys;
  private final Set<String> hosts = new HashSet<>();

  AdminGuard(Supplier<ApiKeys> keys, String boundHost, Set<String> allowedHosts) {
    this.keys = Objects.requireNonNull(keys, "keys");
    hosts.add("localhost");
    hosts.add("127.0.0.1");
    hosts.add("[::1]");
    hosts.add(boundHost.toLowerCase(Locale.ROOT));
    for (String h : allowedHosts) {
      hosts.add(h.trim().toLowerCase(Locale.ROOT));
    }
  }

  /** {@code null} when the call may pass, else why it may not. */
  Refusal check(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    String name = host == null ? null : withoutPort(host.trim().toLowerCase(Locale.ROOT));
    if (name == null || !hosts.contains(name)) {
      return new Refusal(
          403,
          "forbiddenHostError",
          "The admin endpoints answer only calls addressed to this server (Host "
              + String.join(", ", hosts.stream().sorted().toList())
              + ") but Host was ["
              + host
              + "]; allow a name with allowedHosts(...) or --allow-host");
    }
    ApiKeys accepted = keys.get();
    if (!accepted.accepts(exchange.getRequestHeaders().getFirst(ApiKeyHeader.NAME))) {
      return new Refusal(
          401,
          "unauthorizedError",
          "The mock is private: the admin endpoints need its key in the x-api-key header");
    }
    return null;
  }

  /** {@code localhost:3000} is {@code localhost}; {@code [::1]:3000} is {@code [::1]}. */
  static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    if (colon >= 0 && host.indexOf(':', colon + 1) < 0) {
      return host.substring(0, colon);
    }
    return host;
  }
}
