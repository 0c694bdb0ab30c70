package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The examples of one method looked up by each path form that rules U1–U4, U6 and U7 compare for
 * equality. An example without wildcard segments can reach one of those rules only through an equal
 * form, so the lookups name every example that can score above U8 ({@link BoundedScan}).
 */
final class FormIndex {
  /** One path form, the rule that compares it, and its lookup table. */
  private record Form(
      Rule rule,
      Function<PathForms, List<String>> of,
      Map<List<String>, List<PreparedExample>> map) {}

  private final List<Form> forms = new ArrayList<>();
  private final List<PreparedExample> wildcards = new ArrayList<>();

  FormIndex(List<PreparedExample> examples, MatchOptions options, boolean idsEnabled) {
    boolean slash = options.ignoreTrailingSlash();
    boolean caseless = options.ignoreCase();
    add(Rule.U1_EXACT, PathForms::segments, true);
    add(Rule.U2_TRAILING_SLASH, PathForms::stripped, slash);
    add(Rule.U3_CASE, PathForms::lower, caseless);
    add(Rule.U4_CASE_AND_TRAILING_SLASH, PathForms::lowerStripped, slash && caseless);
    add(Rule.U6_IDS, PathForms::ids, idsEnabled);
    add(Rule.U7_IDS_AND_TRAILING_SLASH, PathForms::idsStripped, idsEnabled && slash);
    for (PreparedExample e : examples) {
      if (e.hasWildcards()) {
        wildcards.add(e);
      }
      for (Form f : forms) {
        List<String> key = f.of().apply(e.path());
        if (key != null) {
          f.map().computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  private void add(Rule rule, Function<PathForms, List<String>> of, boolean on) {
    if (on) {
      forms.add(new Form(rule, of, new HashMap<>()));
    }
  }

  /** Examples with a wildcard segment: U5 may give them any score up to U1's. */
  List<PreparedExample> wildcards() {
    return wildcards;
  }

  /**
   * The tiers for {@code call}, best rule first: each holds the examples whose form equals the
   * call's for that rule (an example may be in several; it scores at most the first one's rule).
   */
  List<Tier> tiers(PathForms call) {
    List<Tier> out = new ArrayList<>(forms.size());
    for (Form f : forms) {
      List<String> key = f.of().apply(call);
      List<PreparedExample> hits = key == null ? null : f.map().get(key);
      if (hits != null) {
        out.add(new Tier(f.rule().baseScore(), hits));
      }
    }
    return out;
  }

  /** Examples that may reach at most {@code base} before the query and body bonuses. */
  record Tier(double base, List<PreparedExample> examples) {}
}
