package io.github.postmanmock.internal.server;

/** How a mock answers browsers (SPEC §5.2); the public {@code CorsMode} maps onto it. */
public enum CorsPolicy {
  /** Add CORS headers to responses and answer preflights without an OPTIONS example. */
  AUTO,
  /** Add CORS headers to responses; preflights only from OPTIONS examples. */
  EXAMPLES_ONLY,
  /** Add nothing; an OPTIONS call is an ordinary call. */
  OFF
}
