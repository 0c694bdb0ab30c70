package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Scores a large candidate list best rule first and stops as soon as no example left can reach or
 * tie the best score found, so that ten thousand examples of one route cost about as much as ten.
 *
 * <p>An example's score is its rule's base score plus at most {@link #bonus} (the query delta is at
 * most +10, and at most 0 when the call has no query; the body bonus is +5 only when the call has a
 * body and body matching is off). Wildcard examples come first, as U5 is only bounded by U1. The
 * other examples reach U1–U4, U6 or U7 only through an equal path form ({@link FormIndex}), and the
 * rest reach at most U8. A skipped example could neither win nor tie, so the winner, its rule and
 * score are those of a full scan; only near misses of a matched call come from the examples that
 * were scored. A call that matches nothing scores every candidate.
 */
final class BoundedScan {
  private final Pipeline pipeline;
  private final MatchOptions options;

  BoundedScan(Pipeline pipeline, MatchOptions options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  /** The most an example can add to its rule's base score for this call. */
  double bonus(CallView call, CallFilters filters) {
    double query = options.matchQueryParams() && !call.query().isEmpty() ? 10 : 0;
    double body = !filters.matchBody() && !call.body().isEmpty() ? 5 : 0;
    return query + body;
  }

  /**
   * Scores enough of {@code candidates} to decide.
   *
   * @param tiers the candidates by path form, best rule first
   * @param wildcards the candidates with a wildcard segment
   */
  List<Scored> scan(
      CallView call,
      CallFilters filters,
      List<PreparedExample> candidates,
      List<FormIndex.Tier> tiers,
      List<PreparedExample> wildcards) {
    double bonus = bonus(call, filters);
    Set<PreparedExample> done = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Scored> out = new ArrayList<>();
    double best = score(call, filters, wildcards, done, out, Double.NEGATIVE_INFINITY);
    for (FormIndex.Tier tier : tiers) {
      if (best > tier.base() + bonus) {
        return out;
      }
      best = score(call, filters, tier.examples(), done, out, best);
    }
    double rest =
        options.fuzzyPathMatching()
            ? Rule.U8_DOCUMENT_DISTANCE.baseScore() + bonus
            : Double.NEGATIVE_INFINITY;
    if (best <= rest) {
      score(call, filters, candidates, done, out, best);
    }
    return out;
  }

  private double score(
      CallView call,
      CallFilters filters,
      List<PreparedExample> examples,
      Set<PreparedExample> done,
      List<Scored> out,
      double best) {
    double top = best;
    for (PreparedExample e : examples) {
      if (done.add(e)) {
        Scored s = pipeline.evaluate(call, filters, e);
        out.add(s);
        if (s.survived() && s.score > top) {
          top = s.score;
        }
      }
    }
    return top;
  }
}
