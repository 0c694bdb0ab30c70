package io.github.postmanmock;

/**
 * A broken answer: instead of a response, the mock breaks the connection in one of these ways, so a
 * client's handling of network failures can be tested. Given with {@link
 * ExampleBuilder#fault(Fault)}, {@link ServerResponse#fault(Fault)}, or in a collection by the
 * response header {@code x-mock-fault} of a saved example (see {@code docs/scenarios.md}).
 *
 * <p>The client sees the error its network stack gives (an {@link java.io.IOException} in the JDK's
 * {@code HttpClient}); the mock keeps serving every other call, and the call is in the log with its
 * fault ({@link RecordedCall#fault()}). A fault is written at once: delays do not apply.
 *
 * @since 0.2
 */
public enum Fault {
  /**
   * The connection is closed as soon as the request is read. The JDK server gives a handler no hold
   * on its socket, so a TCP reset ({@code SO_LINGER 0}) cannot be sent: the nearest thing is an
   * abrupt close, which clients report as a connection closed by the peer before any response.
   */
  CONNECTION_RESET,
  /** The connection is closed without a single byte of response. */
  EMPTY_RESPONSE,
  /** A status line no HTTP client accepts ({@code HTTP/1.1 0}) in place of a valid one. */
  MALFORMED_RESPONSE,
  /**
   * The status and headers are sent with a {@code Content-Length} longer than the body that follows
   * (half of it), then the connection is closed.
   */
  TRUNCATED_BODY;

  /** The response header that asks for a fault in a saved example: {@code x-mock-fault}. */
  public static final String HEADER = "x-mock-fault";
}
