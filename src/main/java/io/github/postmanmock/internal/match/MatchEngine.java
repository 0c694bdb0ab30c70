package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.Candidate.Step;
import io.github.postmanmock.internal.model.BareRequest;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Variables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the example that answers a call, as Postman's mock server does (SPEC §2).
 *
 * <p>An engine is built once for a set of examples, variables and options, and then answers any
 * number of calls from any number of threads. A live edit of a mock builds a new engine. Building
 * resolves every example and indexes it ({@link ExampleIndex}); {@link #match} scores only the
 * examples the index returns and gives the same decision as {@link #matchByFullScan}, which scores
 * every example.
 */
public final class MatchEngine {
  private final List<MockExample> examples;
  private final Variables variables;
  private final MatchOptions options;
  private final IdDetector ids;
  private final List<PreparedExample> prepared;
  private final ExampleIndex index;
  private final Pipeline pipeline;
  private final BoundedScan scan;
  private final Selection selection;
  private final PathRules rules;
  private final List<BareRequest> bareRequests;
  private final BareRequests bare;
  private final DecisionCache decided;

  private MatchEngine(
      List<MockExample> examples,
      List<BareRequest> bare,
      Variables variables,
      MatchOptions options) {
    this.examples = List.copyOf(examples);
    this.variables = Objects.requireNonNull(variables, "variables");
    this.options = Objects.requireNonNull(options, "options");
    this.ids = new IdDetector(options.idDetection());
    ExamplePreparer preparer = new ExamplePreparer(variables, options, ids);
    List<PreparedExample> all = new ArrayList<>(this.examples.size());
    for (MockExample e : this.examples) {
      all.add(preparer.prepare(e));
    }
    this.prepared = List.copyOf(all);
    this.index = new ExampleIndex(prepared, options, ids);
    this.bareRequests = List.copyOf(bare);
    this.bare = BareRequests.of(bareRequests, preparer);
    this.rules = new PathRules(options, ids);
    this.pipeline = new Pipeline(options, rules);
    this.scan = new BoundedScan(pipeline, options);
    this.selection = new Selection(options, rules);
    this.decided = new DecisionCache(options);
  }

  /** Prepare (resolve variables in, and index) {@code examples} for matching. */
  public static MatchEngine of(
      List<MockExample> examples, Variables variables, MatchOptions options) {
    return new MatchEngine(examples, List.of(), variables, options);
  }

  /**
   * As {@link #of(List, Variables, MatchOptions)}, also knowing the requests that have no saved
   * example, so that a call meant for one of them is told so.
   */
  public static MatchEngine of(
      List<MockExample> examples,
      List<BareRequest> bareRequests,
      Variables variables,
      MatchOptions options) {
    return new MatchEngine(examples, bareRequests, variables, options);
  }

  /**
   * Decide which example answers {@code call}; a request line decided before gets the same decision
   * again without matching (see {@link DecisionCache}).
   */
  public Decision match(HttpCall call) {
    return decided.decide(call, c -> decide(c, true));
  }

  /** The same decision as {@link #match}, found by scoring every example; for tests. */
  public Decision matchByFullScan(HttpCall call) {
    return decide(call, false);
  }

  private Decision decide(HttpCall httpCall, boolean indexed) {
    CallView call = CallView.of(httpCall, options, ids);
    CallFilters filters = CallFilters.of(httpCall, options);
    List<PreparedExample> sameMethod = index.method(call.method());
    List<Scored> methodMisses = methodMisses(call, indexed);
    if (sameMethod.isEmpty()) {
      return Decision.notFound(
          "no example has the method ["
              + call.method()
              + "]; the mock has "
              + index.methods()
              + bare.note(call, rules),
          NearMisses.rank(NearMisses.everyone(methodMisses, prepared, call), null, call));
    }
    if (filters.id() != null || filters.name() != null) {
      return selection.select(call, filters, sameMethod);
    }
    List<PreparedExample> first = indexed ? index.candidates(call) : sameMethod;
    FormIndex forms =
        indexed && first.size() > ExampleIndex.SCAN_ALL_UP_TO ? index.forms(call.method()) : null;
    List<Scored> results =
        forms == null
            ? evaluateAll(call, filters, first)
            : scan.scan(
                call, filters, first, forms.tiers(call.path()), index.wildcardCandidates(call));
    if (indexed && options.fuzzyPathMatching() && fuzzyCouldMatter(results)) {
      Set<PreparedExample> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      seen.addAll(first);
      List<PreparedExample> more = new ArrayList<>();
      for (PreparedExample e : index.fuzzyCandidates(call)) {
        if (!seen.contains(e)) {
          more.add(e);
        }
      }
      results.addAll(evaluateAll(call, filters, more));
    }
    return conclude(call, results, methodMisses);
  }

  private List<Scored> evaluateAll(
      CallView call, CallFilters filters, List<PreparedExample> candidates) {
    List<Scored> out = new ArrayList<>(candidates.size());
    for (PreparedExample e : candidates) {
      out.add(pipeline.evaluate(call, filters, e));
    }
    return out;
  }

  /** A U8 example can reach at most {@link Pipeline#MAX_FUZZY_SCORE}; below that it may win. */
  private static boolean fuzzyCouldMatter(List<Scored> results) {
    double best = Double.NEGATIVE_INFINITY;
    for (Scored s : results) {
      if (s.survived()) {
        best = Math.max(best, s.score);
      }
    }
    return best <= Pipeline.MAX_FUZZY_SCORE;
  }

  private Decision conclude(CallView call, List<Scored> results, List<Scored> methodMisses) {
    List<Scored> survivors = new ArrayList<>();
    double best = Double.NEGATIVE_INFINITY;
    for (Scored s : results) {
      if (s.survived()) {
        survivors.add(s);
        best = Math.max(best, s.score);
      }
    }
    if (survivors.isEmpty()) {
      List<Scored> all = NearMisses.everyone(join(results, methodMisses), prepared, call);
      List<Scored> sameMethod = all.stream().filter(r -> r.step != Candidate.Step.METHOD).toList();
      return Decision.notFound(
          NotFoundReason.of(call, sameMethod) + bare.note(call, rules),
          NearMisses.rank(all, null, call));
    }
    List<PreparedExample> tied = new ArrayList<>();
    for (Scored s : survivors) {
      if (s.score == best) {
        tied.add(s.example);
      }
    }
    PreparedExample pick = TieBreak.winner(tied, options);
    Scored winner = null;
    for (Scored s : survivors) {
      if (s.example == pick) {
        winner = s;
      }
    }
    Map<String, String> captures = PathRules.captures(call.path(), pick);
    Scored finalWinner = winner;
    return new Decision(
        pick.example(),
        pick.example().response(),
        winner.rule,
        winner.score,
        QueryCaptures.add(captures, call, pick),
        new LazyNearMisses(() -> NearMisses.rank(join(results, methodMisses), finalWinner, call)),
        "");
  }

  private static List<Scored> join(List<Scored> results, List<Scored> methodMisses) {
    List<Scored> everyone = new ArrayList<>(results.size() + methodMisses.size());
    everyone.addAll(results);
    everyone.addAll(methodMisses);
    return everyone;
  }

  /**
   * Examples of other methods worth naming as near misses: all of them in a full scan, those with
   * the call's path shape when indexed.
   */
  private List<Scored> methodMisses(CallView call, boolean indexed) {
    List<Scored> out = new ArrayList<>();
    List<PreparedExample> others = indexed ? index.otherMethodsSameShape(call) : prepared;
    for (PreparedExample e : others) {
      if (!e.method().equals(call.method())) {
        out.add(
            new Scored(e)
                .drop(Step.METHOD, "method is " + e.method() + ", call is " + call.method()));
      }
    }
    return out;
  }

  public List<MockExample> examples() {
    return examples;
  }

  /** The requests without saved examples this engine names in its not-found reasons. */
  public List<BareRequest> bareRequests() {
    return bareRequests;
  }

  public Variables variables() {
    return variables;
  }

  public MatchOptions options() {
    return options;
  }
}
