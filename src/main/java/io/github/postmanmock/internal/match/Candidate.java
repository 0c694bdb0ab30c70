package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.MockExample;
import java.util.Objects;

/**
 * An example the engine considered for a call, with how far it got.
 *
 * @param example the example
 * @param step the step at which it dropped out, or {@link Step#SCORE} when it survived every filter
 *     and only lost (or won) on score
 * @param rule the path rule it matched, or {@code null} when its path matched no rule
 * @param score its score, or {@link Double#NaN} when it dropped out before scoring
 * @param reason why it did not win, in words ({@code "method is POST, call is GET"}); empty for the
 *     winner
 * @param path the example's path as the engine compared it (variables with saved values resolved)
 */
public record Candidate(
    MockExample example, Step step, Rule rule, double score, String reason, ExamplePath path) {
  public Candidate {
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(path, "path");
  }

  /** A candidate whose path is shown as saved, nothing resolved. */
  public Candidate(MockExample example, Step step, Rule rule, double score, String reason) {
    this(example, step, rule, score, reason, ExamplePath.asSaved(example.request().url()));
  }

  /** The steps of SPEC §2 in order; a near miss names the one that dropped it. */
  public enum Step {
    METHOD,
    RESPONSE_CODE,
    RESPONSE_ID,
    RESPONSE_NAME,
    PATH,
    QUERY,
    HEADERS,
    BODY,
    SCORE
  }
}
