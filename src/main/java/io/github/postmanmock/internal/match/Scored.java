package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.Candidate.Step;

/** How far one example got through the steps for one call; mutable, local to one decision. */
final class Scored {
  final PreparedExample example;
  Step step = Step.SCORE;
  Rule rule;
  double score = Double.NaN;
  String reason = "";
  String note = "";

  Scored(PreparedExample example) {
    this.example = example;
  }

  Scored drop(Step at, String why) {
    step = at;
    reason = why;
    return this;
  }

  boolean survived() {
    return step == Step.SCORE;
  }

  Candidate toCandidate() {
    return new Candidate(example.example(), step, rule, score, reason, example.view());
  }
}
