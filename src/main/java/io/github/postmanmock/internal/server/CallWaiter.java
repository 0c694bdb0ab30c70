package io.github.postmanmock.internal.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Blocks until a condition on the recorded calls holds, woken by each recorded call. */
@FunctionalInterface
public interface CallWaiter {
  /** For logs nobody signals: checks once, and waits for nothing. */
  CallWaiter NEVER_SIGNALLED = (condition, timeout) -> condition.getAsBoolean();

  boolean awaitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException;
}
