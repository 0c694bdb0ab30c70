package io.github.postmanmock.internal.server;

import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The handler pool of one server. Calls run on up to {@code core} threads fed by a queue, as the
 * bare JDK server runs them: a thread that finishes a call takes the next waiting one without going
 * to sleep, which is what keeps a busy server at the JDK's own throughput.
 *
 * <p>The JDK server reads a request on its handler thread, so a client that stalls holds a thread
 * until the request time limit ({@link JdkServerLimits}) closes its connection, and a forwarded
 * call holds one while the real service answers. So while calls are queued, a watch looks at the
 * queue every {@value #TICK_MILLIS} ms and notes its last call; when that call is still waiting at
 * the next look, calls are waiting longer than a tick (every thread stalled, or too few for the
 * work), and the pool grows by the number of waiting calls, up to {@code max}. A busy server whose
 * calls wait a millisecond or two never grows. Once the queue is empty the pool shrinks back to
 * {@code core}. Idle threads end after a few seconds, so an idle server holds none.
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
  private final Consumer<Runnable> later;
  private final AtomicBoolean watching = new AtomicBoolean();
  private Runnable lastAtLastTick;

  HandlerPool(int core, int max, ThreadFactory threads) {
    this(core, max, threads, tick -> WATCH.schedule(tick, TICK_MILLIS, TimeUnit.MILLISECONDS));
  }

  /** A pool whose next tick {@code later} runs (a test may run none and tick by hand). */
  HandlerPool(int core, int max, ThreadFactory threads, Consumer<Runnable> later) {
    super(core, max, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    this.core = core;
    this.max = max;
    this.later = later;
    allowCoreThreadTimeOut(true);
  }

  @Override
  public void execute(Runnable task) {
    super.execute(task);
    if (!getQueue().isEmpty() && watching.compareAndSet(false, true)) {
      later.accept(this::tick);
    }
  }

  /**
   * Look at the queue once: grow when the call that was last in line a tick ago still waits, shrink
   * back when nothing waits. Runs on one watch thread at a time, so {@link #lastAtLastTick} needs
   * no lock; whatever happens, the watch goes on while calls wait.
   */
  void tick() {
    boolean again = true;
    try {
      if (getQueue().isEmpty() || isShutdown()) {
        lastAtLastTick = null;
        if (getCorePoolSize() > core) {
          setCorePoolSize(core);
        }
        watching.set(false);
        again = !getQueue().isEmpty() && !isShutdown() && watching.compareAndSet(false, true);
        return;
      }
      if (lastAtLastTick != null && getQueue().contains(lastAtLastTick)) {
        setCorePoolSize(Math.min(max, getCorePoolSize() + getQueue().size()));
      }
      lastAtLastTick = last();
    } finally {
      if (again) {
        later.accept(this::tick);
      }
    }
  }

  private Runnable last() {
    Runnable last = null;
    for (Runnable waiting : getQueue()) {
      last = waiting;
    }
    return last;
  }
}
