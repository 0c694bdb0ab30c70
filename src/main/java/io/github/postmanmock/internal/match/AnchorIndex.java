package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Examples of one method and one segment count, each filed under one <em>anchor</em>: its literal
 * segment that the fewest other examples share. A call reaches an example only through the call's
 * segment at the anchor's position, so a lookup costs about as much for ten examples as for ten
 * thousand.
 *
 * <p>Exact mode (rule U5) files the anchor text. Fuzzy mode (rule U8) cuts an anchor of length
 * {@code m} into {@code D + 1} pieces, where {@code D} is the largest edit distance U8 can allow
 * between it and any call segment; {@code k <= D} edits can spoil at most {@code k} pieces, so one
 * piece survives and appears in the call segment shifted by at most {@code k} characters. A lookup
 * tries every such piece position and keeps anchors with at least {@code D + 1 - d} surviving
 * pieces ({@code d} being the distance the call segment allows), so no example that can pass U8 is
 * missed. An example without a usable literal segment is always returned.
 */
final class AnchorIndex {
  /** Pieces are tracked in a {@code long} bit mask, so an anchor has at most this many. */
  private static final int MAX_PIECES = 63;

  private static final int DEPTH_TABLE = 64;

  private final Map<Integer, Map<String, List<PreparedExample>>> byAnchor = new HashMap<>();

  /** Position, then anchor length, then piece number, then piece text: the anchors. */
  private final Map<Integer, Map<Integer, List<Map<String, List<String>>>>> building =
      new HashMap<>();

  /** The same as {@link #building}, frozen into tables once every example is filed. */
  private final Map<Integer, Map<Integer, List<PieceTable>>> byPiece = new HashMap<>();

  private final List<PreparedExample> unanchored = new ArrayList<>();
  private final double threshold;
  private final boolean fuzzy;
  private final int[] depths;

  /**
   * @param lowerCase whether the examples' lower-cased segments are filed (case is ignored)
   * @param threshold the U8 threshold for a fuzzy index, or 1 for an exact one
   */
  AnchorIndex(List<PreparedExample> examples, boolean lowerCase, double threshold) {
    this.threshold = threshold;
    this.fuzzy = threshold < 1;
    this.depths = new int[fuzzy ? DEPTH_TABLE : 0];
    for (int m = 0; m < depths.length; m++) {
      depths[m] = computeDepth(m);
    }
    Map<String, Integer> frequency = new HashMap<>();
    for (PreparedExample e : examples) {
      List<String> segments = form(e, lowerCase);
      for (int i = 0; i < segments.size(); i++) {
        if (anchorable(e, segments, i)) {
          frequency.merge(i + "\u0000" + segments.get(i), 1, Integer::sum);
        }
      }
    }
    for (PreparedExample e : examples) {
      List<String> segments = form(e, lowerCase);
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
      if (best < 0) {
        unanchored.add(e);
      } else {
        file(best, segments.get(best), e);
      }
    }
    for (Map.Entry<Integer, Map<Integer, List<Map<String, List<String>>>>> perPosition :
        building.entrySet()) {
      Map<Integer, List<PieceTable>> frozen = new HashMap<>();
      for (Map.Entry<Integer, List<Map<String, List<String>>>> perLength :
          perPosition.getValue().entrySet()) {
        List<PieceTable> tables = new ArrayList<>();
        for (Map<String, List<String>> pieces : perLength.getValue()) {
          tables.add(new PieceTable(pieces));
        }
        frozen.put(perLength.getKey(), List.copyOf(tables));
      }
      byPiece.put(perPosition.getKey(), frozen);
    }
    building.clear();
  }

  private static List<String> form(PreparedExample e, boolean lowerCase) {
    return lowerCase ? e.path().lowerStripped() : e.path().stripped();
  }

  private boolean anchorable(PreparedExample e, List<String> segments, int i) {
    String s = segments.get(i);
    return !s.isEmpty()
        && e.wildcards().get(i).isEmpty()
        && (!fuzzy || (s.length() >= depth(s.length()) + 1 && depth(s.length()) < MAX_PIECES));
  }

  private void file(int position, String anchor, PreparedExample e) {
    List<PreparedExample> same = Buckets.list(Buckets.map(byAnchor, position), anchor);
    if (fuzzy && same.isEmpty()) {
      int m = anchor.length();
      int[] cuts = cuts(m, depth(m) + 1);
      List<Map<String, List<String>>> pieces = Buckets.list(Buckets.map(building, position), m);
      for (int i = 0; i + 1 < cuts.length; i++) {
        if (pieces.size() <= i) {
          pieces.add(new HashMap<>());
        }
        Buckets.add(pieces.get(i), anchor.substring(cuts[i], cuts[i + 1]), anchor);
      }
    }
    same.add(e);
  }

  /** The examples whose anchor the call's segments can reach, plus the unanchored ones. */
  List<PreparedExample> lookup(List<String> call) {
    Set<PreparedExample> found = Collections.newSetFromMap(new IdentityHashMap<>());
    found.addAll(unanchored);
    for (Map.Entry<Integer, Map<String, List<PreparedExample>>> p : byAnchor.entrySet()) {
      if (p.getKey() < call.size()) {
        String segment = call.get(p.getKey());
        for (String anchor : fuzzy ? near(p.getKey(), segment) : List.of(segment)) {
          List<PreparedExample> hits = p.getValue().get(anchor);
          if (hits != null) {
            found.addAll(hits);
          }
        }
      }
    }
    List<PreparedExample> out = new ArrayList<>(found);
    out.sort(PreparedExample.BY_ORDER);
    return out;
  }

  /**
   * Anchors at {@code position} that keep enough pieces in {@code segment}: with {@code D + 1}
   * pieces and at most {@code d} edits, at least {@code D + 1 - d} pieces survive. A piece at shift
   * {@code s} needs at least {@code |s|} edits before it and {@code |growth - s|} after it ({@code
   * growth} = segment length minus anchor length), so other shifts are not tried.
   */
  private List<String> near(int position, String segment) {
    Map<Integer, List<PieceTable>> byLength = byPiece.get(position);
    List<String> out = new ArrayList<>();
    int length = segment.length();
    int d = Levenshtein.allowed(length, threshold);
    for (int m = Math.max(1, length - d); m <= length + d; m++) {
      List<PieceTable> pieces = byLength.get(m);
      if (pieces == null) {
        continue;
      }
      int[] cuts = cuts(m, depth(m) + 1);
      int growth = length - m;
      Map<String, Long> kept = null;
      for (int i = 0; i + 1 < cuts.length; i++) {
        int size = cuts[i + 1] - cuts[i];
        for (int shift = -d; shift <= d; shift++) {
          int from = cuts[i] + shift;
          if (Math.abs(shift) + Math.abs(growth - shift) > d || from < 0 || from + size > length) {
            continue;
          }
          List<String> hits = pieces.get(i).get(segment, from, size);
          if (hits != null) {
            kept = kept == null ? new HashMap<>() : kept;
            for (String anchor : hits) {
              kept.merge(anchor, 1L << i, (a, b) -> a | b);
            }
          }
        }
      }
      if (kept != null) {
        int needed = cuts.length - 1 - d;
        kept.forEach(
            (anchor, mask) -> {
              if (Long.bitCount(mask) >= needed) {
                out.add(anchor);
              }
            });
      }
    }
    return out;
  }

  /** The largest distance U8 allows between an anchor of length {@code m} and any call segment. */
  private int depth(int m) {
    return m < depths.length ? depths[m] : computeDepth(m);
  }

  private int computeDepth(int m) {
    int depth = 0;
    int limit = (int) Math.min(100_000, Math.ceil(m / threshold) + 2);
    for (int length = 1; length <= limit; length++) {
      int d = Levenshtein.allowed(length, threshold);
      if (Math.abs(length - m) <= d) {
        depth = Math.max(depth, d);
      }
    }
    return depth;
  }

  /** Boundaries of {@code pieces} near-equal, non-empty pieces of a string of length {@code m}. */
  private static int[] cuts(int m, int pieces) {
    int[] cuts = new int[pieces + 1];
    int base = m / pieces;
    int extra = m % pieces;
    for (int i = 0; i < pieces; i++) {
      cuts[i + 1] = cuts[i] + base + (i < extra ? 1 : 0);
    }
    return cuts;
  }
}
