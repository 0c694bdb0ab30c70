package io.github.postmanmock.internal.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 4: the path rules U1–U8 of SPEC §2.6, tried in order; the first that holds gives the score.
 *
 * <p>Root guard (SPEC §2.6 item 7): the root path meets only the root; ID and distance rules never
 * join the root with another path.
 */
final class PathRules {
  private final MatchOptions options;
  private final IdDetector ids;

  PathRules(MatchOptions options, IdDetector ids) {
    this.options = options;
    this.ids = ids;
  }

  /** The first rule that matches, or {@code null}. */
  Rule rule(PathForms call, PreparedExample example) {
    PathForms ex = example.path();
    boolean slash = options.ignoreTrailingSlash();
    boolean caseless = options.ignoreCase();
    if (call.segments().equals(ex.segments())) {
      return Rule.U1_EXACT;
    }
    if (slash && call.stripped().equals(ex.stripped())) {
      return Rule.U2_TRAILING_SLASH;
    }
    if (caseless && call.lower().equals(ex.lower())) {
      return Rule.U3_CASE;
    }
    if (slash && caseless && call.lowerStripped().equals(ex.lowerStripped())) {
      return Rule.U4_CASE_AND_TRAILING_SLASH;
    }
    if (options.matchWildcards() && example.hasWildcards() && wildcards(call, example)) {
      return Rule.U5_WILDCARD;
    }
    if (call.isRoot() || ex.isRoot()) {
      return null;
    }
    if (ids.enabled() && call.ids() != null && ex.ids() != null) {
      if (call.ids().equals(ex.ids())) {
        return Rule.U6_IDS;
      }
      if (slash && call.idsStripped().equals(ex.idsStripped())) {
        return Rule.U7_IDS_AND_TRAILING_SLASH;
      }
    }
    if (options.fuzzyPathMatching() && fuzzy(call, example)) {
      return Rule.U8_DOCUMENT_DISTANCE;
    }
    return null;
  }

  /** U5: literal segments equal, wildcard segments take any one non-empty segment. */
  private boolean wildcards(PathForms call, PreparedExample example) {
    List<String> c = options.ignoreTrailingSlash() ? call.stripped() : call.segments();
    List<String> e =
        options.ignoreTrailingSlash() ? example.path().stripped() : example.path().segments();
    if (c.size() != e.size()) {
      return false;
    }
    for (int i = 0; i < c.size(); i++) {
      boolean wildcard = !example.wildcards().get(i).isEmpty();
      if (wildcard ? c.get(i).isEmpty() : !c.get(i).equals(e.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * U8: same number of segments, and each call segment at least {@code fuzzyThreshold} similar to
   * the example's ({@code (length − Levenshtein distance) / length} of the call segment). Empty
   * segments never match fuzzily; wildcard segments take any non-empty segment.
   */
  private boolean fuzzy(PathForms call, PreparedExample example) {
    boolean slash = options.ignoreTrailingSlash();
    boolean caseless = options.ignoreCase();
    List<String> c =
        caseless
            ? (slash ? call.lowerStripped() : call.lower())
            : (slash ? call.stripped() : call.segments());
    PathForms ex = example.path();
    List<String> e =
        caseless
            ? (slash ? ex.lowerStripped() : ex.lower())
            : (slash ? ex.stripped() : ex.segments());
    if (c.size() != e.size()) {
      return false;
    }
    for (int i = 0; i < c.size(); i++) {
      String a = c.get(i);
      String b = e.get(i);
      if (a.isEmpty() || b.isEmpty()) {
        if (!(a.isEmpty() && b.isEmpty())) {
          return false;
        }
      } else if (example.wildcards().get(i).isEmpty()
          && !Levenshtein.similar(a, b, options.fuzzyThreshold())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The values of the example's wildcard segments, read from the call path when the two align (same
   * number of segments, with or without trailing slashes). Dynamic variables ({@code {{$guid}}})
   * match like wildcards but are not captured, so a response still gets a fresh value.
   */
  static Map<String, String> captures(PathForms call, PreparedExample example) {
    Map<String, String> out = new HashMap<>();
    if (!example.hasWildcards()) {
      return out;
    }
    List<String> c;
    if (call.segments().size() == example.path().segments().size()) {
      c = call.segments();
    } else if (call.stripped().size() == example.path().stripped().size()) {
      c = call.stripped();
    } else {
      return out;
    }
    for (int i = 0; i < c.size(); i++) {
      String name = example.wildcards().get(i);
      if (!name.isEmpty() && !name.startsWith("$")) {
        out.put(name, c.get(i));
      }
    }
    return out;
  }
}
