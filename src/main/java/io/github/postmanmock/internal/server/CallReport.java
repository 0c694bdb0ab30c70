package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.model.HttpCall;
import java.util.Objects;

/**
 * Why a call was answered as it was, in words: empty for a match, a fixed sentence for an error, or
 * the near-miss report of an unmatched call. The near-miss report is written only when someone
 * reads it (a failing assertion, the call-log page): most unmatched calls under load are never
 * looked at, and the report costs more to write and to keep than the rest of the call. The decision
 * keeps only references to examples the engine holds.
 */
public sealed interface CallReport {
  /** The report of a matched call: empty. */
  CallReport NONE = new Fixed("");

  /** The report for {@code call}, the call as the log keeps it. */
  String text(HttpCall call);

  /** Whether the report is known to be empty without writing it. */
  boolean isEmpty();

  /** A report that is {@code text} whatever the call. */
  static CallReport of(String text) {
    return text.isEmpty() ? NONE : new Fixed(text);
  }

  /** The near-miss report of an unmatched call, written from the engine's decision when read. */
  static CallReport nearMiss(Decision decision) {
    return new NearMiss(decision);
  }

  /** A report written in advance. */
  record Fixed(String text) implements CallReport {
    public Fixed {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String text(HttpCall call) {
      return text;
    }

    @Override
    public boolean isEmpty() {
      return text.isEmpty();
    }
  }

  /** A near-miss report still to be written; the decision is pure, so it reads the same later. */
  record NearMiss(Decision decision) implements CallReport {
    public NearMiss {
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public String text(HttpCall call) {
      return NearMissReport.describe(call, decision);
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }
}
