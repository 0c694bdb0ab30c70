package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.Candidate.Step;

/** Steps 3 (code filter) to 6 for one example and one call (SPEC §2.10). */
final class Pipeline {
  /** The best score an example can reach through U8: 70, +10 for the query, +5 body bonus. */
  static final double MAX_FUZZY_SCORE = 85;

  private final MatchOptions options;
  private final PathRules rules;

  Pipeline(MatchOptions options, PathRules rules) {
    this.options = options;
    this.rules = rules;
  }

  /** Why {@code example} dropped out at the path step, in words. */
  static String pathMiss(PreparedExample example, CallView call) {
    return "path ["
        + example.path().text()
        + "] does not match the call's ["
        + call.path().text()
        + "]";
  }

  Scored evaluate(CallView call, CallFilters filters, PreparedExample example) {
    Scored s = new Scored(example);
    String wrongCode = filters.codeMismatch(example.status());
    if (wrongCode != null) {
      return s.drop(Step.RESPONSE_CODE, wrongCode);
    }
    s.rule = rules.rule(call.path(), example);
    if (s.rule == null) {
      return s.drop(Step.PATH, pathMiss(example, call));
    }
    s.score = s.rule.baseScore();
    if (options.matchQueryParams()) {
      QueryScore q = QueryScore.of(call.query(), example.query(), options.docRevision());
      s.score += q.delta();
      s.note = q.describe();
    }
    if (!filters.headerKeys().isEmpty()) {
      String why =
          HeaderFilter.mismatch(
              call.call(), example, filters.headerKeys(), options.headerValueCaseInsensitive());
      if (why != null) {
        return s.drop(Step.HEADERS, why);
      }
    }
    if (filters.matchBody()) {
      if (!BodyMatcher.matches(call.body(), example.body())) {
        return s.drop(Step.BODY, "body differs");
      }
    } else if (!call.body().isEmpty() && BodyMatcher.matches(call.body(), example.body())) {
      s.score += 5;
      s.note = s.note.isEmpty() ? "body bonus +5" : s.note + ", body bonus +5";
    }
    return s;
  }
}
