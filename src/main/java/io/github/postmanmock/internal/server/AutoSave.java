package io.github.postmanmock.internal.server;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Saves a recording soon after each new exchange, so that a process killed without warning ({@code
 * kill -9}, a crash) loses at most the last {@code interval} of exchanges: after an exchange is
 * kept, one save is due within the interval, and the exchanges kept meanwhile join it. One daemon
 * thread per recording; a failed save keeps its exchanges for the next one.
 */
final class AutoSave implements AutoCloseable {
  private final ScheduledThreadPoolExecutor timer;
  private final Runnable save;
  private final long intervalNanos;
  private final AtomicBoolean due = new AtomicBoolean();

  AutoSave(Duration interval, Runnable save) {
    this.intervalNanos = interval.toNanos();
    this.save = save;
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread t = new Thread(task, "postman-mock-recording-save");
              t.setDaemon(true);
              return t;
            });
  }

  /** An exchange was kept: make sure a save comes within the interval. */
  void kept() {
    if (due.compareAndSet(false, true) && !timer.isShutdown()) {
      timer.schedule(this::run, intervalNanos, TimeUnit.NANOSECONDS);
    }
  }

  private void run() {
    due.set(false);
    try {
      save.run();
    } catch (RuntimeException failed) {
      // the exchanges stay pending; the next exchange or the final save tries again
    }
  }

  /** Stop saving in the background; the caller makes the last save. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
