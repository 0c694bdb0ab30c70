package io.github.postmanmock.internal.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limits of the JDK HTTP server that keep misbehaving clients from holding connections and
 * threads for ever. The JDK reads them from system properties once per JVM, when its first server
 * is created, and leaves most of them off; {@link #applyDefaults()} sets ours for every property
 * the user has not set, before the first server exists.
 *
 * <ul>
 *   <li>{@value #MAX_REQ_TIME}: seconds a request's line, headers and body may take to arrive; the
 *       connection is closed past it (a client that sends one byte and goes silent).
 *   <li>{@value #MAX_RSP_TIME}: seconds from the end of the request to the end of its response,
 *       delay included; the connection is closed past it (a client that never reads its answer).
 *       Longer than the longest {@code x-mock-response-delay} (180 s).
 *   <li>{@value #IDLE_INTERVAL}: seconds a keep-alive connection may stay idle.
 *   <li>{@value #MAX_IDLE}: idle keep-alive connections kept per server; more are closed once their
 *       response is written, and their clients open a new connection next time.
 *   <li>{@value #NODELAY}: TCP_NODELAY on accepted sockets (see {@link MockHttpServer}).
 * </ul>
 */
final class JdkServerLimits {
  static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";
  static final String MAX_RSP_TIME = "sun.net.httpserver.maxRspTime";
  static final String IDLE_INTERVAL = "sun.net.httpserver.idleInterval";
  static final String MAX_IDLE = "sun.net.httpserver.maxIdleConnections";
  static final String NODELAY = "sun.net.httpserver.nodelay";

  private static final Map<String, String> DEFAULTS = defaults();

  private JdkServerLimits() {}

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(MAX_REQ_TIME, "30");
    d.put(MAX_RSP_TIME, "240");
    d.put(IDLE_INTERVAL, "30");
    d.put(MAX_IDLE, "200");
    d.put(NODELAY, "true");
    return Map.copyOf(d);
  }

  /** Set every limit the user left unset to our default; idempotent. */
  static synchronized void applyDefaults() {
    DEFAULTS.forEach(
        (key, value) -> {
          if (System.getProperty(key) == null) {
            System.setProperty(key, value);
          }
        });
  }
}
