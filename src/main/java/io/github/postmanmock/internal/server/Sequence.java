package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.MockExample;
import java.util.ArrayList;
import java.util.List;

/**
 * Examples that answer the calls of one request in turn: each step answers a number of calls, then
 * the next step does. An inline example limited with {@code times(n)} is a sequence of one step;
 * {@code @UseExample("A", "A", "B")} is A for two calls, then B for good. Guarded by {@link
 * Scenarios}.
 */
final class Sequence {
  private final List<MockExample> steps;
  private final boolean lastForever;
  private int answered;

  private Sequence(List<MockExample> steps, boolean lastForever) {
    this.steps = steps;
    this.lastForever = lastForever;
  }

  /** {@code example} for its first {@code uses} calls, then nothing. */
  static Sequence limited(MockExample example, int uses) {
    return new Sequence(java.util.Collections.nCopies(uses, example), false);
  }

  /** The examples in the order given, one call each; the last answers every call after. */
  static Sequence played(List<MockExample> inOrder) {
    return new Sequence(List.copyOf(inOrder), true);
  }

  /** The example that answers the next call, or {@code null} when the sequence is over. */
  MockExample current() {
    if (answered < steps.size()) {
      return steps.get(answered);
    }
    return lastForever ? steps.get(steps.size() - 1) : null;
  }

  /** Count one answered call and return its step, from 1 (the last step for calls past the end). */
  int answer() {
    answered++;
    return Math.min(answered, steps.size());
  }

  int steps() {
    return steps.size();
  }

  void restart() {
    answered = 0;
  }

  /** Every example of the sequence, once each. */
  List<MockExample> examples() {
    List<MockExample> out = new ArrayList<>();
    for (MockExample e : steps) {
      if (!out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }
}
