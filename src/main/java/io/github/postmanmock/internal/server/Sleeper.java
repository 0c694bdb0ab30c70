package io.github.postmanmock.internal.server;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits out the delay of a response. The server passes a latch that it releases when it closes, so
 * a pending delay ends at once instead of holding a thread for up to three minutes. Tests use their
 * own sleeper to see the delays asked for without waiting for them.
 */
@FunctionalInterface
public interface Sleeper {
  /** Waits on the real clock, ending early when the server closes. */
  Sleeper REAL = (duration, closing) -> !closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);

  /**
   * Wait for {@code duration} unless {@code closing} is released first.
   *
   * @return true when the full time passed, false when the server closed meanwhile
   * @throws InterruptedException when the waiting thread is interrupted
   */
  boolean sleep(Duration duration, CountDownLatch closing) throws InterruptedException;
}
