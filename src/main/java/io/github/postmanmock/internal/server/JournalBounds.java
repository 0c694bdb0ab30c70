package io.github.postmanmock.internal.server;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * How a journal orders and bounds its lists: in {@code order}, at most the newest {@code maxValues}
 * whose {@code weight}s add up to at most {@code maxBytes}; dropped values that are {@code notable}
 * are counted apart.
 *
 * @param <T> the recorded value
 */
public record JournalBounds<T>(
    Comparator<T> order,
    int maxValues,
    long maxBytes,
    ToLongFunction<T> weight,
    Predicate<T> notable) {
  public JournalBounds {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(notable, "notable");
    if (maxValues < 1) {
      throw new IllegalArgumentException("capacity must be at least 1 but was [" + maxValues + "]");
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1 but was [" + maxBytes + "]");
    }
  }
}
