package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Examples of one method and one segment count, each filed under one <em>anchor</em>: its literal
 * segment that the fewest other examples share. A call finds an example only through the call's
 * segment at the anchor's position, so the lookup costs about as much for ten examples as for ten
 * thousand.
 *
 * <p>Exact mode (rule U5) files the anchor itself. Fuzzy mode (rule U8) files every string that
 * remains after deleting up to {@code D} characters of the anchor, and looks up the same deletions
 * of the call segment: two strings within edit distance {@code d} always share such a deletion (the
 * symmetric-deletion argument), so no example that can pass U8 is missed. An example whose anchor
 * would need too many deletions, or that has no literal segment, is always returned.
 */
final class AnchorIndex {
  /** Above this many deletion strings a segment is not indexed; it is scanned instead. */
  static final int MAX_VARIANTS = 256;

  private final Map<Integer, Map<String, List<PreparedExample>>> byPosition = new HashMap<>();
  private final List<PreparedExample> unanchored = new ArrayList<>();
  private final double threshold;

  /**
   * @param form the segments compared (already lower-cased when case is ignored)
   * @param threshold the U8 threshold, or 1 for exact anchors
   */
  AnchorIndex(
      List<PreparedExample> examples,
      Function<PreparedExample, List<String>> form,
      double threshold) {
    this.threshold = threshold;
    Map<String, Integer> frequency = new HashMap<>();
    for (PreparedExample e : examples) {
      List<String> segments = form.apply(e);
      for (int i = 0; i < segments.size(); i++) {
        if (anchorable(e, segments, i)) {
          frequency.merge(i + "\u0000" + segments.get(i), 1, Integer::sum);
        }
      }
    }
    for (PreparedExample e : examples) {
      List<String> segments = form.apply(e);
      int best = -1;
      int bestCount = Integer.MAX_VALUE;
      for (int i = 0; i < segments.size(); i++) {
        if (anchorable(e, segments, i)) {
          int count = frequency.get(i + "\u0000" + segments.get(i));
          if (count <= bestCount) {
            best = i;
            bestCount = count;
          }
        }
      }
      Set<String> variants =
          best < 0 ? null : deletions(segments.get(best), indexDepth(segments.get(best)));
      if (variants == null) {
        unanchored.add(e);
        continue;
      }
      Map<String, List<PreparedExample>> atPosition =
          byPosition.computeIfAbsent(best, k -> new HashMap<>());
      for (String v : variants) {
        atPosition.computeIfAbsent(v, k -> new ArrayList<>()).add(e);
      }
    }
  }

  private static boolean anchorable(PreparedExample e, List<String> segments, int i) {
    return !segments.get(i).isEmpty() && e.wildcards().get(i).isEmpty();
  }

  /** The examples whose anchor the call segments can reach, plus the unanchored ones. */
  List<PreparedExample> lookup(List<String> call, List<PreparedExample> everything) {
    Set<PreparedExample> found = Collections.newSetFromMap(new IdentityHashMap<>());
    found.addAll(unanchored);
    for (Map.Entry<Integer, Map<String, List<PreparedExample>>> p : byPosition.entrySet()) {
      if (p.getKey() >= call.size()) {
        continue;
      }
      String segment = call.get(p.getKey());
      Set<String> variants = deletions(segment, allowed(segment.length()));
      if (variants == null) {
        return everything;
      }
      for (String v : variants) {
        List<PreparedExample> hits = p.getValue().get(v);
        if (hits != null) {
          found.addAll(hits);
        }
      }
    }
    List<PreparedExample> out = new ArrayList<>(found);
    out.sort((a, b) -> Integer.compare(a.order(), b.order()));
    return out;
  }

  /** The edit distance U8 allows for a call segment of {@code length} characters. */
  int allowed(int length) {
    return threshold >= 1 ? 0 : Levenshtein.allowed(length, threshold);
  }

  /** The largest distance any call segment that could pass U8 against {@code anchor} allows. */
  private int indexDepth(String anchor) {
    if (threshold >= 1) {
      return 0;
    }
    int depth = 0;
    int limit = (int) Math.min(10_000, Math.ceil(anchor.length() / threshold) + 2);
    for (int length = 1; length <= limit; length++) {
      int d = allowed(length);
      if (Math.abs(length - anchor.length()) <= d) {
        depth = Math.max(depth, d);
      }
    }
    return depth;
  }

  /**
   * Every string left after deleting at most {@code depth} characters, or {@code null} if too many.
   */
  static Set<String> deletions(String s, int depth) {
    Set<String> all = new HashSet<>();
    all.add(s);
    Set<String> frontier = Set.of(s);
    for (int d = 0; d < depth; d++) {
      Set<String> next = new HashSet<>();
      for (String f : frontier) {
        for (int i = 0; i < f.length(); i++) {
          String shorter = f.substring(0, i) + f.substring(i + 1);
          if (all.add(shorter)) {
            next.add(shorter);
          }
        }
      }
      if (all.size() > MAX_VARIANTS) {
        return null;
      }
      frontier = next;
    }
    return all;
  }
}
