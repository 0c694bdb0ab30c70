package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.match.Candidate;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import java.util.List;

/**
 * Explains an unmatched call: the call, why nothing matched, the closest examples, each named by
 * its place in the collection with the reason it did not match and the fields that differ, and an
 * example that would have matched, ready to paste. Used in the call log, in the JUnit failure
 * message and (as one line, the first differing field included) in a response header.
 */
final class NearMissReport {
  static final int SHOWN = 3;

  private NearMissReport() {}

  /** The one-line summary with the first field that differs. */
  static String summary(HttpCall call, Decision decision) {
    List<Candidate> closest = closest(decision);
    String bare = bareRequestNote(decision.reason());
    if (closest.isEmpty()) {
      return bare + summary(decision);
    }
    List<String> fields = FieldDiff.lines(closest.get(0), call);
    return bare + summary(decision) + (fields.isEmpty() ? "" : "; " + fields.get(0));
  }

  /** The multi-line report. */
  static String describe(HttpCall call, Decision decision) {
    StringBuilder out = new StringBuilder();
    out.append("No example matches [").append(call).append(']');
    if (!decision.reason().isEmpty()) {
      out.append(": ").append(decision.reason());
    }
    List<Candidate> closest = closest(decision);
    if (closest.isEmpty()) {
      out.append("\nThe mock has no example that comes close.");
      return out.toString();
    }
    out.append("\nClosest examples:");
    int rank = 1;
    for (Candidate c : closest) {
      out.append("\n  ").append(rank++).append(". ").append(line(c));
      for (String field : FieldDiff.lines(c, call)) {
        out.append("\n       ").append(field);
      }
    }
    out.append(
        "\nAn example that would match (paste it into the \"response\" array of a request):\n");
    out.append(ExampleSkeleton.of(call));
    return out.toString();
  }

  /** The first closest example and its reason on one line, or empty. */
  static String summary(Decision decision) {
    List<Candidate> closest = closest(decision);
    return closest.isEmpty() ? "no example comes close" : "closest: " + line(closest.get(0));
  }

  /** The engine's "request '...' has no saved examples" clause and a separator, or empty. */
  private static String bareRequestNote(String reason) {
    int at = reason.indexOf("; request '");
    return at < 0 || !reason.endsWith(" has no saved examples")
        ? ""
        : reason.substring(at + 2) + "; ";
  }

  private static List<Candidate> closest(Decision decision) {
    List<Candidate> misses = decision.nearMisses();
    return misses.subList(0, Math.min(SHOWN, misses.size()));
  }

  private static String line(Candidate c) {
    MockExample e = c.example();
    StringBuilder out = new StringBuilder();
    out.append('[').append(location(e)).append("] ");
    out.append(e.request().method()).append(' ').append(e.request().url().pathText());
    out.append(" -> ").append(e.response().statusCode());
    out.append(": ").append(c.reason().isEmpty() ? "lower score" : c.reason());
    out.append(" (step ").append(c.step());
    if (c.rule() != null) {
      out.append(", rule ").append(c.rule());
    }
    if (!Double.isNaN(c.score())) {
      out.append(", score ").append(formatScore(c.score()));
    }
    return out.append(')').toString();
  }

  /** The place of an example in its collection: {@code Pets / Get pet / Rex}. */
  static String location(MockExample e) {
    return e.itemPath().isEmpty() ? e.name() : String.join(" / ", e.itemPath()) + " / " + e.name();
  }

  static String formatScore(double score) {
    return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
  }
}
