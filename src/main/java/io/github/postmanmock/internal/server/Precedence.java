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

  /**
   * As {@link #decide}, but a HEAD call that no example answers is matched again as a GET call, so
   * HEAD gets the status and headers of the GET example (our choice: SPEC §2.4 leaves it open; see
   * docs/matching.md). A matching HEAD example always wins.
   */
  static Decision decideHeadAsGet(MatchEngine preferred, MatchEngine rest, HttpCall call) {
    Decision decision = decide(preferred, rest, call);
    if (decision.matched() || !call.method().equalsIgnoreCase("HEAD")) {
      return decision;
    }
    HttpCall get = new HttpCall("GET", call.path(), call.rawQuery(), call.headers(), call.body());
    Decision asGet = decide(preferred, rest, get);
    return asGet.matched() ? asGet : decision;
  }
}
