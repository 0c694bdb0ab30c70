package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.Candidate.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the examples that did not win, the one place that does: the closest path first (an example
 * that fails only on the method, with the call's path, comes before any other path), then survivors
 * by score, then those that dropped out latest in the pipeline, then file order; at most {@link
 * #LIMIT}.
 */
final class NearMisses {
  static final int LIMIT = 5;

  private NearMisses() {}

  static List<Candidate> rank(List<Scored> others, Scored winner, CallView call) {
    Map<Scored, Integer> closeness = new IdentityHashMap<>();
    List<String> callPath = call.path().segments();
    for (Scored s : others) {
      closeness.put(s, s.example.view().closeness(callPath));
    }
    List<Scored> sorted = new ArrayList<>(others);
    sorted.remove(winner);
    sorted.sort((a, b) -> compare(a, b, closeness));
    List<Candidate> out = new ArrayList<>();
    for (Scored s : sorted.subList(0, Math.min(LIMIT, sorted.size()))) {
      if (s.survived() && winner != null) {
        s.reason = lostReason(s, winner);
      }
      out.add(s.toCandidate());
    }
    return out;
  }

  /**
   * The order of {@link #rank}, in one method: a chain of comparators would make about ten lambdas
   * on a fresh JVM's first call.
   */
  private static int compare(Scored a, Scored b, Map<Scored, Integer> closeness) {
    int c = Integer.compare(closeness.get(b), closeness.get(a));
    if (c == 0) {
      c = Boolean.compare(b.survived(), a.survived());
    }
    if (c == 0 && a.survived()) {
      c = Double.compare(b.score, a.score);
    }
    if (c == 0) {
      c = Integer.compare(b.step.ordinal(), a.step.ordinal());
    }
    return c != 0 ? c : Integer.compare(a.example.order(), b.example.order());
  }

  /**
   * {@code seen} and every other example of {@code all}, each of those dropped at the method step
   * or (same method) the path step: when nothing matched, the closest may be one the index skipped.
   */
  static List<Scored> everyone(List<Scored> seen, List<PreparedExample> all, CallView call) {
    Set<PreparedExample> known = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Scored s : seen) {
      known.add(s.example);
    }
    List<Scored> out = new ArrayList<>(seen);
    for (PreparedExample e : all) {
      if (known.contains(e)) {
        continue;
      }
      Scored s = new Scored(e);
      out.add(
          e.method().equals(call.method())
              ? s.drop(Step.PATH, Pipeline.pathMiss(e, call))
              : s.drop(Step.METHOD, "method is " + e.method() + ", call is " + call.method()));
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
