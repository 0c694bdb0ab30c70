package io.github.postmanmock;

import io.github.postmanmock.internal.server.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A sleeper that notes every delay asked for and returns at once, or waits for real if asked. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> asked = new CopyOnWriteArrayList<>();
  private final boolean real;
  private final CountDownLatch started = new CountDownLatch(1);
  private final Semaphore begun = new Semaphore(0);

  private RecordingSleeper(boolean real) {
    this.real = real;
  }

  /** Notes delays without waiting. */
  static RecordingSleeper instant() {
    return new RecordingSleeper(false);
  }

  /** Notes delays and waits them out on the real clock (until the server closes). */
  static RecordingSleeper real() {
    return new RecordingSleeper(true);
  }

  @Override
  public Duration waitFor(Duration duration) {
    asked.add(duration);
    started.countDown();
    begun.release();
    return real ? Sleeper.REAL.waitFor(duration) : Duration.ZERO;
  }

  List<Duration> asked() {
    return List.copyOf(asked);
  }

  /** Wait until {@code count} delays have begun; false after the timeout. */
  boolean awaitDelays(int count, Duration timeout) throws InterruptedException {
    return begun.tryAcquire(count, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Wait until a first delay has begun; false after the timeout. */
  boolean awaitFirstDelay(Duration timeout) throws InterruptedException {
    return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
