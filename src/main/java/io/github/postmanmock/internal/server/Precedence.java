package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.match.Candidate;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.HttpCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses between the examples added during a test and all the others: each group is matched on its
 * own with Postman's rules; the higher score wins and an equal score goes to the test's example.
 */
final class Precedence {
  private Precedence() {}

  /**
   * @param preferred the engine over the examples added in the test, or {@code null} when none
   * @param rest the engine over every other example
   */
  static Decision decide(MatchEngine preferred, MatchEngine rest, HttpCall call) {
    Decision other = rest.match(call);
    if (preferred == null) {
      return other;
    }
    Decision mine = preferred.match(call);
    if (mine.matched() && (!other.matched() || !(mine.score() < other.score()))) {
      return mine;
    }
    if (other.matched()) {
      return other;
    }
    List<Candidate> nearMisses = new ArrayList<>(mine.nearMisses());
    nearMisses.addAll(other.nearMisses());
    return Decision.notFound(other.reason(), nearMisses);
  }
}
