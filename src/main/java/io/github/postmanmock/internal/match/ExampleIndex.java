package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the examples that can possibly match a call, so that a call never scores every example of a
 * large collection. The candidate set is a superset of the examples any of U1–U7 can match:
 *
 * <ul>
 *   <li>U1–U4, U6, U7 each imply equal {@linkplain PathForms#shapeKey shape keys} (lower case, IDs
 *       blanked, trailing slashes removed), so examples are bucketed by method and shape key;
 *   <li>U5 needs the same number of segments (without trailing slashes), so examples with wildcard
 *       segments are also bucketed by method and that count;
 *   <li>U8 also needs the same count; {@link #fuzzyCandidates} narrows that bucket by fuzzy anchors
 *       (built when a call first needs them), and the engine asks for it only when the best score
 *       so far could still be reached or tied by a fuzzy match.
 * </ul>
 *
 * <p>A custom ID pattern may depend on case, which breaks the shape-key argument; with one, every
 * example of the method is a candidate.
 */
final class ExampleIndex {
  private final Map<String, List<PreparedExample>> byMethod = new LinkedHashMap<>();
  private final Map<String, Map<String, List<PreparedExample>>> byShape = new HashMap<>();
  private final Map<String, Map<Integer, List<PreparedExample>>> wildcardsByCount = new HashMap<>();
  private final Map<String, Map<Integer, List<PreparedExample>>> byCount = new HashMap<>();
  private final Map<String, Map<Integer, AnchorIndex>> wildcardAnchors = new HashMap<>();
  private final Map<String, Map<String, List<PreparedExample>>> wildcardsByShape = new HashMap<>();
  private final Map<String, FormIndex> forms = new HashMap<>();
  private final boolean usable;
  private final boolean fuzzyIgnoresCase;
  private final double fuzzyThreshold;

  /** The U8 anchors, built when a call first needs them (many mocks never match fuzzily). */
  private volatile Map<String, Map<Integer, AnchorIndex>> fuzzyAnchors;

  /** Candidate lists up to this size are scored whole; longer ones by a {@link BoundedScan}. */
  static final int SCAN_ALL_UP_TO = 16;

  ExampleIndex(List<PreparedExample> examples, MatchOptions options, IdDetector ids) {
    this.usable = options.idDetection().custom() == null;
    this.fuzzyIgnoresCase = options.ignoreCase();
    this.fuzzyThreshold = options.fuzzyThreshold();
    for (PreparedExample e : examples) {
      int count = e.path().stripped().size();
      Buckets.add(byMethod, e.method(), e);
      Buckets.add(byShape, e.method(), e.path().shapeKey(), e);
      Buckets.add(byCount, e.method(), count, e);
      if (e.hasWildcards()) {
        Buckets.add(wildcardsByShape, e.method(), e.path().shapeKey(), e);
        Buckets.add(wildcardsByCount, e.method(), count, e);
      }
    }
    for (Map.Entry<String, List<PreparedExample>> perMethod : byMethod.entrySet()) {
      if (perMethod.getValue().size() > SCAN_ALL_UP_TO) {
        forms.put(perMethod.getKey(), new FormIndex(perMethod.getValue(), options, ids.enabled()));
      }
    }
    anchor(wildcardsByCount, wildcardAnchors, false, 1);
  }

  private Map<String, Map<Integer, AnchorIndex>> fuzzyAnchors() {
    Map<String, Map<Integer, AnchorIndex>> built = fuzzyAnchors;
    if (built == null) {
      synchronized (this) {
        built = fuzzyAnchors;
        if (built == null) {
          built = new HashMap<>();
          anchor(byCount, built, fuzzyIgnoresCase, fuzzyThreshold);
          fuzzyAnchors = built;
        }
      }
    }
    return built;
  }

  private static void anchor(
      Map<String, Map<Integer, List<PreparedExample>>> lists,
      Map<String, Map<Integer, AnchorIndex>> anchors,
      boolean lowerCase,
      double threshold) {
    for (Map.Entry<String, Map<Integer, List<PreparedExample>>> perMethod : lists.entrySet()) {
      Map<Integer, AnchorIndex> out = new HashMap<>();
      for (Map.Entry<Integer, List<PreparedExample>> perCount : perMethod.getValue().entrySet()) {
        out.put(perCount.getKey(), new AnchorIndex(perCount.getValue(), lowerCase, threshold));
      }
      anchors.put(perMethod.getKey(), out);
    }
  }

  /** Every example with this upper-case method, in file order. */
  List<PreparedExample> method(String method) {
    return byMethod.getOrDefault(method, List.of());
  }

  Set<String> methods() {
    return byMethod.keySet();
  }

  /** The examples U1–U7 could match, in file order. */
  List<PreparedExample> candidates(CallView call) {
    if (!usable) {
      return method(call.method());
    }
    List<PreparedExample> shape = bucket(byShape, call.method(), call.path().shapeKey());
    List<PreparedExample> wild = lookup(wildcardAnchors, call, call.path().stripped());
    if (wild.isEmpty()) {
      return shape;
    }
    if (shape.isEmpty()) {
      return wild;
    }
    List<PreparedExample> union = union(shape, wild);
    union.sort(PreparedExample.BY_ORDER);
    return union;
  }

  /** The path-form lookups of a method with more than {@link #SCAN_ALL_UP_TO} examples. */
  FormIndex forms(String method) {
    return forms.get(method);
  }

  /** The examples of {@link #candidates} that have a wildcard segment. */
  List<PreparedExample> wildcardCandidates(CallView call) {
    FormIndex all = forms.get(call.method());
    if (!usable) {
      return all == null ? List.of() : all.wildcards();
    }
    List<PreparedExample> shape = bucket(wildcardsByShape, call.method(), call.path().shapeKey());
    List<PreparedExample> wild = lookup(wildcardAnchors, call, call.path().stripped());
    if (wild.isEmpty()) {
      return shape;
    }
    return union(shape, wild);
  }

  private static List<PreparedExample> union(
      List<PreparedExample> first, List<PreparedExample> second) {
    Set<PreparedExample> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.addAll(first);
    List<PreparedExample> union = new ArrayList<>(first);
    for (PreparedExample e : second) {
      if (seen.add(e)) {
        union.add(e);
      }
    }
    return union;
  }

  /**
   * The examples U8 could match: same number of segments as the call (trailing slashes removed),
   * narrowed by their fuzzy anchors.
   */
  List<PreparedExample> fuzzyCandidates(CallView call) {
    if (!usable) {
      return method(call.method());
    }
    return lookup(
        fuzzyAnchors(),
        call,
        fuzzyIgnoresCase ? call.path().lowerStripped() : call.path().stripped());
  }

  private static List<PreparedExample> lookup(
      Map<String, Map<Integer, AnchorIndex>> anchors, CallView call, List<String> form) {
    int count = call.path().stripped().size();
    Map<Integer, AnchorIndex> byCount = anchors.get(call.method());
    AnchorIndex index = byCount == null ? null : byCount.get(count);
    return index == null ? List.of() : index.lookup(form);
  }

  /** Examples of other methods whose path has the call's shape, for near misses. */
  List<PreparedExample> otherMethodsSameShape(CallView call) {
    List<PreparedExample> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<PreparedExample>>> e : byShape.entrySet()) {
      if (!e.getKey().equals(call.method())) {
        out.addAll(e.getValue().getOrDefault(call.path().shapeKey(), List.of()));
      }
    }
    return out;
  }

  private static <K> List<PreparedExample> bucket(
      Map<String, Map<K, List<PreparedExample>>> index, String method, K key) {
    Map<K, List<PreparedExample>> byKey = index.get(method);
    return byKey == null ? List.of() : byKey.getOrDefault(key, List.of());
  }
}
