package io.github.postmanmock.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition outside the test's control (a file written by a background thread, the
 * descriptors the JDK closes) by polling it every 50 ms up to a generous limit: a test then takes
 * only as long as the condition needs, and the limit is a failure bound, not a timing assertion.
 */
public final class Eventually {
  private static final Object TICK = new Object();

  private Eventually() {}

  /** Whether {@code condition} held within {@code limit}. */
  public static boolean holds(Duration limit, BooleanSupplier condition) {
    long end = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      synchronized (TICK) {
        try {
          TICK.wait(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return condition.getAsBoolean();
        }
      }
    }
    return true;
  }
}
