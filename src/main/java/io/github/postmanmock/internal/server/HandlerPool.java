package io.github.postmanmock.internal.server;

import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The handler pool of one server. Calls run on up to {@code core} threads fed by a queue, as the
 * bare JDK server runs them: a thread that finishes a call takes the next waiting one without going
 * to sleep, which is what keeps a busy server at the JDK's own throughput.
 *
 * <p>The JDK server reads a request on its handler thread, so a client that stalls holds a thread
 * until the request time limit ({@link JdkServerLimits}) closes its connection. When every thread
 * is held that way, a call would wait behind them; so while calls are queued, a watch looks at the
 * queue every {@value #TICK_MILLIS} ms, and when the same call is still first in line a tick later,
 * the pool grows by the number of waiting calls, up to {@code max}. Once the queue is empty the
 * pool shrinks back to {@code core}. Idle threads end after a few seconds, so an idle server holds
 * none.
 */
final class HandlerPool extends ThreadPoolExecutor {
  static final long TICK_MILLIS = 100;
  private static final ScheduledExecutorService WATCH =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread t = new Thread(task, "postman-mock-pool-watch");
            t.setDaemon(true);
            return t;
          });

  private final int core;
  private final int max;
  private final AtomicBoolean watching = new AtomicBoolean();
  private Runnable firstAtLastTick;

  HandlerPool(int core, int max, ThreadFactory threads) {
    super(core, max, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    this.core = core;
    this.max = max;
    allowCoreThreadTimeOut(true);
  }

  @Override
  public void execute(Runnable task) {
    super.execute(task);
    if (!getQueue().isEmpty() && watching.compareAndSet(false, true)) {
      WATCH.schedule(this::tick, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Runs on the watch thread only, so {@link #firstAtLastTick} needs no lock. */
  private void tick() {
    Runnable first = getQueue().peek();
    if (first == null || isShutdown()) {
      firstAtLastTick = null;
      if (getCorePoolSize() > core) {
        setCorePoolSize(core);
      }
      watching.set(false);
      if (getQueue().isEmpty() || isShutdown() || !watching.compareAndSet(false, true)) {
        return;
      }
    } else if (first == firstAtLastTick) {
      setCorePoolSize(Math.min(max, getCorePoolSize() + getQueue().size()));
    }
    firstAtLastTick = first;
    WATCH.schedule(this::tick, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }
}
