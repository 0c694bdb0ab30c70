package io.github.postmanmock.internal.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * An arrival-ordered list of calls held within a count and a byte limit: past either, the oldest
 * calls are dropped and counted, so a reader can tell that the list is no longer complete. The
 * newest call is always kept. Dropping is amortised O(1): the list keeps a start index and compacts
 * once half of it is dropped. Not thread-safe: {@link CallJournal} guards it.
 *
 * @param <T> the recorded value
 */
final class BoundedCalls<T> {
  private final List<T> items = new ArrayList<>();
  private int start;
  private long bytes;
  private long dropped;

  /** Insert {@code value} at its place in {@code order}, then drop the oldest past the limits. */
  void insert(T value, Comparator<T> order, ToLongFunction<T> weight, int maxCalls, long maxBytes) {
    int i = items.size();
    while (i > start && order.compare(items.get(i - 1), value) > 0) {
      i--;
    }
    items.add(i, value);
    bytes += weight.applyAsLong(value);
    while (size() > 1 && (size() > maxCalls || bytes > maxBytes)) {
      bytes -= weight.applyAsLong(items.get(start));
      items.set(start++, null);
      dropped++;
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

  List<T> snapshot() {
    return List.copyOf(items.subList(start, items.size()));
  }

  void clear() {
    items.clear();
    start = 0;
    bytes = 0;
    dropped = 0;
  }
}
