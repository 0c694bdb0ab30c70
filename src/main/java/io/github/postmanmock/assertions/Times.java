package io.github.postmanmock.assertions;

/**
 * How many calls a log assertion expects: {@code servedExample("Rex", Times.once())}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Times {
  private final int min;
  private final int max;

  private Times(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /** Return exactly one. */
  public static Times once() {
    return exactly(1);
  }

  /** Return exactly {@code n}. */
  public static Times exactly(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("times must be at least 0 but was [" + n + "]");
    }
    return new Times(n, n);
  }

  /** Return zero. */
  public static Times never() {
    return exactly(0);
  }

  /** Return {@code n} or more. */
  public static Times atLeast(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("atLeast must be at least 0 but was [" + n + "]");
    }
    return new Times(n, Integer.MAX_VALUE);
  }

  boolean accepts(int count) {
    return count >= min && count <= max;
  }

  /** Return {@code exactly 2 times}, {@code at least 1 time}, {@code never}. */
  @Override
  public String toString() {
    if (max == 0) {
      return "never";
    }
    String unit = min == 1 ? " time" : " times";
    return (max == Integer.MAX_VALUE ? "at least " : "exactly ") + min + unit;
  }
}
