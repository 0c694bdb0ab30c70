package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.MatchOptions.DocRevision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 5: how query parameters change an example's score (SPEC §2.7).
 *
 * <p>Parameters are grouped by key (case-sensitive); each key holds a multiset of values. A key in
 * both sides is a <em>match</em> when every example value is found among the call's values (an
 * unresolved example value matches any when query wildcards are on), otherwise a <em>partial</em>;
 * a key on one side only is <em>missing</em>.
 *
 * @param delta the score change
 * @param match keys that match
 * @param total keys counted (match + partial + missing)
 */
record QueryScore(double delta, int match, int total) {
  static final QueryScore NONE = new QueryScore(0, 0, 0);

  static QueryScore of(List<QueryPair> call, List<QueryPair> example, DocRevision revision) {
    if (call.isEmpty() && example.isEmpty()) {
      return NONE;
    }
    Map<String, List<QueryPair>> c = group(call, false);
    Map<String, List<QueryPair>> e = group(example, false);
    int match = 0;
    int partial = 0;
    int missing = 0;
    for (Map.Entry<String, List<QueryPair>> entry : e.entrySet()) {
      List<QueryPair> callValues = c.get(entry.getKey());
      if (callValues == null) {
        missing++;
      } else if (contains(callValues, entry.getValue(), false)) {
        match++;
      } else {
        partial++;
      }
    }
    for (String key : c.keySet()) {
      if (!e.containsKey(key)) {
        missing++;
      }
    }
    int total = match + partial + missing;
    double delta =
        revision == DocRevision.DOC_2022_11
            ? legacyDelta(call, example)
            : currentDelta(match, partial, missing, total);
    return new QueryScore(delta, match, total);
  }

  private static double currentDelta(int match, int partial, int missing, int total) {
    if (match == 0) {
      return -Math.min(missing, 10);
    }
    if (partial == 0 && missing == 0) {
      return 10;
    }
    return 10.0 * match / total;
  }

  /**
   * DOC-2022-11: +10 when both sides carry the same parameters exactly, +5 when they are the same
   * ignoring case of keys and values, −10 otherwise.
   */
  private static double legacyDelta(List<QueryPair> call, List<QueryPair> example) {
    if (same(call, example, false)) {
      return 10;
    }
    return same(call, example, true) ? 5 : -10;
  }

  private static boolean same(List<QueryPair> call, List<QueryPair> example, boolean ignoreCase) {
    Map<String, List<QueryPair>> c = group(call, ignoreCase);
    Map<String, List<QueryPair>> e = group(example, ignoreCase);
    if (!c.keySet().equals(e.keySet())) {
      return false;
    }
    for (Map.Entry<String, List<QueryPair>> entry : e.entrySet()) {
      List<QueryPair> callValues = c.get(entry.getKey());
      if (callValues.size() != entry.getValue().size()
          || !contains(callValues, entry.getValue(), ignoreCase)) {
        return false;
      }
    }
    return true;
  }

  /** True when the example values form a sub-multiset of the call values. */
  private static boolean contains(
      List<QueryPair> callValues, List<QueryPair> exampleValues, boolean ignoreCase) {
    List<String> left = new ArrayList<>();
    for (QueryPair p : callValues) {
      left.add(ignoreCase ? Paths.lower(p.value()) : p.value());
    }
    int wildcards = 0;
    for (QueryPair p : exampleValues) {
      if (p.wildcard() != null) {
        wildcards++;
      } else if (!left.remove(ignoreCase ? Paths.lower(p.value()) : p.value())) {
        return false;
      }
    }
    return left.size() >= wildcards;
  }

  private static Map<String, List<QueryPair>> group(List<QueryPair> pairs, boolean ignoreCase) {
    Map<String, List<QueryPair>> groups = new LinkedHashMap<>();
    for (QueryPair p : pairs) {
      String key = ignoreCase ? Paths.lower(p.key()) : p.key();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    return groups;
  }

  /** In words, for near misses: {@code "query: 1 of 2 parameters match"}. */
  String describe() {
    return total == 0 ? "" : "query: " + match + " of " + total + " parameters match";
  }
}
