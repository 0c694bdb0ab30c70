package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.Candidate.Step;
import io.github.postmanmock.internal.match.MatchOptions.DocRevision;
import io.github.postmanmock.internal.match.MatchOptions.NameLookupScope;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3: {@code x-mock-response-id} and {@code x-mock-response-name} pick an example directly,
 * skipping the path, query, header and body steps (SPEC §2.5).
 */
final class Selection {
  private final MatchOptions options;
  private final PathRules rules;

  Selection(MatchOptions options, PathRules rules) {
    this.options = options;
    this.rules = rules;
  }

  Decision select(CallView call, CallFilters filters, List<PreparedExample> sameMethod) {
    List<PreparedExample> pool = new ArrayList<>();
    List<Candidate> dropped = new ArrayList<>();
    for (PreparedExample e : sameMethod) {
      String wrongCode = filters.codeMismatch(e.status());
      if (wrongCode != null) {
        dropped.add(new Scored(e).drop(Step.RESPONSE_CODE, wrongCode).toCandidate());
      } else if (options.nameLookupScope() == NameLookupScope.MATCHING_PATH
          && rules.rule(call.path(), e) == null) {
        dropped.add(new Scored(e).drop(Step.PATH, Pipeline.pathMiss(e, call)).toCandidate());
      } else {
        pool.add(e);
      }
    }
    return filters.id() != null
        ? byId(call, filters.id(), pool, dropped)
        : byName(call, filters.name(), pool, dropped);
  }

  private Decision byId(
      CallView call, String id, List<PreparedExample> pool, List<Candidate> dropped) {
    String wanted = id.trim();
    for (PreparedExample e : pool) {
      String own = e.example().id();
      if (own != null && (own.equals(wanted) || wanted.endsWith("-" + own))) {
        return chosen(call, e, Rule.BY_ID);
      }
    }
    for (PreparedExample e : pool) {
      dropped.add(
          new Scored(e)
              .drop(Step.RESPONSE_ID, "id is " + e.example().id() + ", call asks for " + wanted)
              .toCandidate());
    }
    return Decision.notFound(
        "no "
            + call.method()
            + " example has the id ["
            + wanted
            + "] that x-mock-response-id asks for",
        NearMisses.firstFive(dropped));
  }

  private Decision byName(
      CallView call, String name, List<PreparedExample> pool, List<Candidate> dropped) {
    List<PreparedExample> named = new ArrayList<>();
    for (PreparedExample e : pool) {
      if (e.example().name().equals(name)) {
        named.add(e);
      } else {
        dropped.add(
            new Scored(e)
                .drop(
                    Step.RESPONSE_NAME, "name is " + e.example().name() + ", call asks for " + name)
                .toCandidate());
      }
    }
    if (named.isEmpty()) {
      return Decision.notFound(
          "no "
              + call.method()
              + " example has the name ["
              + name
              + "] that x-mock-response-name asks for",
          NearMisses.firstFive(dropped));
    }
    List<PreparedExample> sorted = TieBreak.sorted(named);
    PreparedExample pick =
        options.docRevision() == DocRevision.DOC_2022_11
            ? sorted.get(0)
            : TieBreak.firstPreferred(sorted, options.preferStatus());
    return chosen(call, pick, Rule.BY_NAME);
  }

  private static Decision chosen(CallView call, PreparedExample e, Rule rule) {
    return new Decision(
        e.example(),
        e.example().response(),
        rule,
        rule.baseScore(),
        PathRules.captures(call.path(), e),
        List.of(),
        "");
  }
}
