package io.github.postmanmock;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.MockState;
import java.util.function.UnaryOperator;

/**
 * The live edits of a running {@link MockServer}. Every edit builds a new immutable {@link
 * MockState} and swaps it in with one atomic update: the next call sees the change, a call in
 * flight keeps the state it started with. Edits of the examples and variables are serialised, so
 * two concurrent edits never lose one another; building the new engine happens before the swap.
 *
 * <p>Thread-safe.
 */
final class LiveMock {
  private final MockHttpServer http;
  private MockContent content;

  LiveMock(MockHttpServer http, MockContent content) {
    this.http = http;
    this.content = content;
  }

  /** Apply {@code edit} to the examples and variables and answer from the result. */
  synchronized void content(UnaryOperator<MockContent> edit) {
    MockContent next = edit.apply(content);
    MatchEngine engine = next.engine();
    content = next;
    http.update(s -> s.withEngine(engine));
  }

  /** Apply {@code edit} to the keys, delay, CORS policy or server response. */
  void state(UnaryOperator<MockState> edit) {
    http.update(edit);
  }

  /** The state the next call is answered from. */
  MockState current() {
    return http.state();
  }
}
