package io.github.postmanmock.internal.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

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
  private int start;
  private long bytes;
  private long dropped;
  private long droppedNotable;

  /** Insert {@code value} at its place in {@code order}, then drop the oldest past the limits. */
  void insert(T value, JournalBounds<T> bounds) {
    Comparator<T> order = bounds.order();
    ToLongFunction<T> weight = bounds.weight();
    int i = items.size();
    while (i > start && order.compare(items.get(i - 1), value) > 0) {
      i--;
    }
    items.add(i, value);
    bytes += weight.applyAsLong(value);
    while (size() > 1 && (size() > bounds.maxValues() || bytes > bounds.maxBytes())) {
      T oldest = items.get(start);
      bytes -= weight.applyAsLong(oldest);
      items.set(start++, null);
      dropped++;
      droppedNotable += bounds.notable().test(oldest) ? 1 : 0;
    }
    if (start > 64 && start > items.size() / 2) {
      items.subList(0, start).clear();
      start = 0;
    }
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
