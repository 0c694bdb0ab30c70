package io.github.postmanmock;

/**
 * How a mock answers browsers (see {@code docs/mock-features.md}).
 *
 * @since 0.1
 */
public enum CorsMode {
  /**
   * The default: a response to a call with an {@code Origin} header gets {@code
   * Access-Control-Allow-Origin: *} (unless the example sets it) and {@code
   * Access-Control-Expose-Headers}; a preflight that no OPTIONS example answers gets a 204 allowing
   * the method and headers it asks for.
   */
  AUTO,
  /**
   * As {@link #AUTO}, but preflights are answered only from OPTIONS examples, otherwise 404: what
   * Postman's staff described in 2018.
   */
  EXAMPLES_ONLY,
  /** No CORS headers; an OPTIONS call is an ordinary call. */
  OFF
}
