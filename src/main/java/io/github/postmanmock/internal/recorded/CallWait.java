package io.github.postmanmock.internal.recorded;

import io.github.postmanmock.internal.server.CallWaiter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The waits of a call log, for clients that call from another thread: until a condition on the
 * calls holds, woken by each recorded call, failing with what arrived.
 */
public final class CallWait {
  private CallWait() {}

  /**
   * Return once {@code condition} holds, waiting at most {@code timeout}.
   *
   * @param expected the condition in words: {@code at least 2 calls}
   * @param log the calls that arrived, for the failure message
   * @throws AssertionError if it did not hold in time, or the wait was interrupted
   */
  public static void until(
      CallWaiter waiter,
      BooleanSupplier condition,
      Duration timeout,
      String expected,
      Supplier<String> log) {
    try {
      if (waiter.awaitUntil(condition, timeout)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for " + expected, e);
    }
    throw new AssertionError(
        String.format(
            "Expecting within [%s]:%n  %s%nbut there were:%n  %s",
            timeout, expected, log.get().replace("\n", "\n  ")));
  }

  /**
   * The method and path of {@code "GET /pets/1"}.
   *
   * @throws IllegalArgumentException if it is not a method, spaces and a path
   */
  public static String[] methodAndPath(String methodAndPath) {
    String[] parts = Objects.requireNonNull(methodAndPath, "methodAndPath").trim().split(" +", 2);
    if (parts.length != 2 || !parts[1].startsWith("/")) {
      throw new IllegalArgumentException(
          "call must be \"METHOD /path\" like \"GET /pets/1\" but was [\"" + methodAndPath + "\"]");
    }
    return parts;
  }
}
