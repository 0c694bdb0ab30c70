package io.github.postmanmock.internal.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable hash table from short strings to anchors that is looked up with a region of a longer
 * string, so a lookup copies no characters and allocates nothing.
 */
final class PieceTable {
  private final int[] hashes;
  private final Entry[][] slots;
  private final int mask;

  /** One piece and the anchors it came from. */
  private record Entry(String piece, List<String> anchors) {}

  PieceTable(Map<String, List<String>> pieces) {
    Map<Integer, List<Entry>> byHash = new HashMap<>();
    for (Map.Entry<String, List<String>> piece : pieces.entrySet()) {
      Buckets.add(
          byHash,
          piece.getKey().hashCode(),
          new Entry(piece.getKey(), List.copyOf(piece.getValue())));
    }
    int capacity = Integer.highestOneBit(Math.max(4, byHash.size() * 2) - 1) << 1;
    hashes = new int[capacity];
    slots = new Entry[capacity][];
    mask = capacity - 1;
    for (Map.Entry<Integer, List<Entry>> entries : byHash.entrySet()) {
      int hash = entries.getKey();
      int slot = spread(hash) & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = hash;
      slots[slot] = entries.getValue().toArray(new Entry[0]);
    }
  }

  /** The anchors filed under {@code text.substring(from, from + size)}, or {@code null}. */
  List<String> get(String text, int from, int size) {
    int hash = 0;
    for (int i = from; i < from + size; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = spread(hash) & mask;
    while (slots[slot] != null) {
      if (hashes[slot] == hash) {
        for (Entry e : slots[slot]) {
          if (e.piece().length() == size && text.regionMatches(from, e.piece(), 0, size)) {
            return e.anchors();
          }
        }
        return null;
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
