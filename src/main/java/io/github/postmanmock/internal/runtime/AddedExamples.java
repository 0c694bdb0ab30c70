package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.model.MockExample;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples added during a test: matched before all others, and removed when the test that added
 * them ends. Thread-safe.
 */
final class AddedExamples {
  private final LiveMock live;
  private final List<Added> added = new ArrayList<>();
  private int order;

  private record Added(Object owner, MockExample example) {}

  AddedExamples(LiveMock live) {
    this.live = live;
  }

  /**
   * Match {@code example} before all others until {@link #removeAll(Object)} with {@code owner}.
   */
  synchronized void add(Object owner, MockExample example) {
    added.add(new Added(owner, example.withOrder(order++)));
    live.preferred(examples());
  }

  /** Remove the examples added for {@code owner}. */
  synchronized void removeAll(Object owner) {
    if (added.removeIf(a -> a.owner() == owner)) {
      live.preferred(examples());
    }
  }

  private List<MockExample> examples() {
    return added.stream().map(Added::example).toList();
  }
}
