package io.github.postmanmock.internal.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An arrival-ordered list of calls held within a count and a byte limit: past either, the oldest
 * calls are dropped and counted, so a reader can tell that the list is no longer complete. The
 * newest call is always kept. Dropped calls that are {@code notable} (unmatched ones, say) are also
 * counted apart. Dropping is amortised O(1): the list keeps a start index and compacts once half of
 * it is dropped. Not thread-safe: {@link CallJournal} guards it.
 *
 * @param <T> the recorded value
 */
final class BoundedCalls<T> {
  private final List<T> items = new ArrayList<>();

  /**
   * Beside each item, at the same index: its weight, shifted left once, with its notability in the
   * lowest bit. Dropping the oldest call then reads this array rather than the call itself, which
   * after thousands of newer calls is no longer in the processor's cache.
   */
  private long[] tags = new long[16];

  private int start;
  private long bytes;
  private long dropped;
  private long droppedNotable;

  /** Insert {@code value} at its place in {@code order}, then drop the oldest past the limits. */
  void insert(T value, JournalBounds<T> bounds) {
    Comparator<T> order = bounds.order();
    int i = items.size();
    while (i > start && order.compare(items.get(i - 1), value) > 0) {
      i--;
    }
    long weight = bounds.weight().applyAsLong(value);
    place(i, value, weight << 1 | (bounds.notable().test(value) ? 1 : 0));
    bytes += weight;
    while (size() > 1 && (size() > bounds.maxValues() || bytes > bounds.maxBytes())) {
      long tag = tags[start];
      bytes -= tag >>> 1;
      droppedNotable += tag & 1;
      items.set(start++, null);
      dropped++;
    }
    if (start > 64 && start > items.size() / 2) {
      items.subList(0, start).clear();
      System.arraycopy(tags, start, tags, 0, items.size());
      start = 0;
    }
  }

  private void place(int i, T value, long tag) {
    int n = items.size();
    if (n == tags.length) {
      tags = Arrays.copyOf(tags, n * 2);
    }
    System.arraycopy(tags, i, tags, i + 1, n - i);
    tags[i] = tag;
    items.add(i, value);
  }

  int size() {
    return items.size() - start;
  }

  /**
   * How many calls were dropped to stay within the limits since the list was created or cleared.
   */
  long dropped() {
    return dropped;
  }

  /** How many of the dropped calls were notable. */
  long droppedNotable() {
    return droppedNotable;
  }

  List<T> snapshot() {
    return List.copyOf(items.subList(start, items.size()));
  }

  void clear() {
    items.clear();
    start = 0;
    bytes = 0;
    dropped = 0;
    droppedNotable = 0;
  }
}
