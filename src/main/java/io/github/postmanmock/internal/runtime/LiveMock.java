package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.MockState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The live edits of a running {@code MockServer}. Every edit builds a new immutable {@link
 * MockState} and swaps it in with one atomic update: the next call sees the change, a call in
 * flight keeps the state it started with. Edits of the examples and variables are serialised, so
 * two concurrent edits never lose one another; building the new engine happens before the swap.
 *
 * <p>Thread-safe.
 */
final class LiveMock {
  private final MockHttpServer http;
  private MockContent content;
  private List<MockExample> preferred = List.of();

  LiveMock(MockHttpServer http, MockContent content) {
    this.http = http;
    this.content = content;
  }

  /** Apply {@code edit} to the examples and variables and answer from the result. */
  synchronized void content(UnaryOperator<MockContent> edit) {
    MockContent next = edit.apply(content);
    MatchEngine engine = next.engine();
    content = next;
    MatchEngine first = preferredEngine(engine);
    http.update(s -> s.withEngine(engine).withPreferred(first));
  }

  /** The examples and variables the mock answers from now. */
  synchronized MockContent content() {
    return content;
  }

  /** Every example the mock knows now: those of the content, then those added in the test. */
  synchronized List<MockExample> examples() {
    List<MockExample> all = new ArrayList<>(content.examples());
    all.addAll(preferred);
    return all;
  }

  /**
   * Match {@code examples} (already numbered) before all others, with the variables and options of
   * the content; an empty list for none.
   */
  synchronized void preferred(List<MockExample> examples) {
    preferred = List.copyOf(examples);
    MatchEngine first = preferredEngine(http.engine());
    http.update(s -> s.withPreferred(first));
  }

  private MatchEngine preferredEngine(MatchEngine base) {
    return preferred.isEmpty() ? null : MatchEngine.of(preferred, base.variables(), base.options());
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
