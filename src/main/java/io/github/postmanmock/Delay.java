package io.github.postmanmock;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How long a mock waits before it answers, like the network delay of Postman's mock servers: none,
 * the presets 2G (300 ms) and 3G (100 ms), or a fixed time up to 180,000 ms. A call's own {@code
 * x-mock-response-delay} header overrides it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Delay {
  /** The longest delay, in milliseconds: the upper bound of {@code x-mock-response-delay}. */
  public static final long MAX_MILLIS = 180_000;

  /** No delay. */
  public static final Delay NONE = new Delay(Duration.ZERO, "none");

  /** Postman's 2G preset: 300 ms. */
  public static final Delay TWO_G = new Delay(Duration.ofMillis(300), "2G");

  /** Postman's 3G preset: 100 ms. */
  public static final Delay THREE_G = new Delay(Duration.ofMillis(100), "3G");

  private final Duration duration;
  private final String label;

  private Delay(Duration duration, String label) {
    this.duration = duration;
    this.label = label;
  }

  /**
   * Return a fixed delay.
   *
   * @throws IllegalArgumentException if {@code duration} is negative or longer than {@link
   *     #MAX_MILLIS} milliseconds
   */
  public static Delay fixed(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.toMillis() > MAX_MILLIS) {
      throw new IllegalArgumentException(
          "delay must be from 0 to " + MAX_MILLIS + " ms but was [" + duration.toMillis() + " ms]");
    }
    return duration.isZero() ? NONE : new Delay(duration, duration.toMillis() + " ms");
  }

  /** Return a fixed delay of {@code millis} milliseconds; see {@link #fixed(Duration)}. */
  public static Delay ofMillis(long millis) {
    return fixed(Duration.ofMillis(millis));
  }

  /**
   * Return the delay written as {@code "2G"}, {@code "3G"}, {@code "none"} (or empty), or a number
   * of milliseconds with an optional {@code ms}: {@code "250"}, {@code "250ms"}.
   *
   * @throws IllegalArgumentException if {@code text} is none of these
   */
  public static Delay parse(String text) {
    String t = Objects.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "", "none", "0":
        return NONE;
      case "2g":
        return TWO_G;
      case "3g":
        return THREE_G;
      default:
        String digits = t.endsWith("ms") ? t.substring(0, t.length() - 2).trim() : t;
        try {
          return ofMillis(Long.parseLong(digits));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "delay must be \"2G\", \"3G\", \"none\" or milliseconds such as \"250\" but was [\""
                  + text
                  + "\"]",
              e);
        }
    }
  }

  /** Return how long the mock waits. */
  public Duration duration() {
    return duration;
  }

  /**
   * The delay of the CORS preflights the mock answers itself: a network preset's latency, since a
   * real network makes the preflight pay it too; zero for a fixed delay, which stands for the time
   * the server takes to answer.
   */
  Duration preflightDelay() {
    return this == TWO_G || this == THREE_G ? duration : Duration.ZERO;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Delay other && duration.equals(other.duration) && label.equals(other.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(duration, label);
  }

  /** Return {@code Delay[2G]}, {@code Delay[250 ms]} or {@code Delay[none]}. */
  @Override
  public String toString() {
    return "Delay[" + label + "]";
  }
}
