package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the examples that did not win: survivors by score, then those that dropped out latest in
 * the pipeline, then file order; at most {@link #LIMIT}.
 */
final class NearMisses {
  static final int LIMIT = 5;

  private static final Comparator<Scored> RANK =
      Comparator.comparing((Scored s) -> s.survived() ? 0 : 1)
          .thenComparing(s -> s.survived() ? -s.score : 0.0)
          .thenComparing(s -> -s.step.ordinal())
          .thenComparingInt(s -> s.example.order());

  private NearMisses() {}

  static List<Candidate> rank(List<Scored> others, Scored winner) {
    List<Scored> sorted = new ArrayList<>(others);
    sorted.remove(winner);
    sorted.sort(RANK);
    List<Candidate> out = new ArrayList<>();
    for (Scored s : sorted.subList(0, Math.min(LIMIT, sorted.size()))) {
      if (s.survived() && winner != null) {
        s.reason = lostReason(s, winner);
      }
      out.add(s.toCandidate());
    }
    return out;
  }

  static List<Candidate> firstFive(List<Candidate> candidates) {
    return List.copyOf(candidates.subList(0, Math.min(LIMIT, candidates.size())));
  }

  private static String lostReason(Scored s, Scored winner) {
    String detail = s.rule.name() + (s.note.isEmpty() ? "" : ", " + s.note);
    String verdict =
        s.score == winner.score ? "lost the tie-break" : "winner scored " + format(winner.score);
    return "scored " + format(s.score) + " (" + detail + "), " + verdict;
  }

  static String format(double score) {
    return score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score);
  }
}
