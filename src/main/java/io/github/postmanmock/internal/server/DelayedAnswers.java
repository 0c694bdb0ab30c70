package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Finishes delayed exchanges after their delay without holding a handler thread meanwhile: one
 * daemon timer thread per server (started with the first delay) fires each delay and hands the
 * answer back to the handler pool, so a thousand delayed calls cost no thread each and a slow
 * client never blocks the timer.
 *
 * <p>{@link #close()} cancels every pending delay at once and closes its exchange: those calls get
 * no answer and are never recorded.
 */
final class DelayedAnswers implements AutoCloseable {
  private final ScheduledThreadPoolExecutor timer;
  private final Executor handlers;
  private final Set<HttpExchange> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  DelayedAnswers(String threadName, Executor handlers) {
    this.handlers = handlers;
    this.timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread t = new Thread(task, threadName);
              t.setDaemon(true);
              return t;
            });
    timer.setRemoveOnCancelPolicy(true);
  }

  /**
   * Run {@code finish} on the handler pool after {@code wait}; {@code finish} writes and closes
   * {@code exchange}. When the server closes first, the exchange is closed instead.
   */
  void after(Duration wait, HttpExchange exchange, Runnable finish) {
    pending.add(exchange);
    try {
      timer.schedule(() -> handOver(exchange, finish), wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closing) {
      abandon(exchange);
    }
    if (closed) {
      abandon(exchange);
    }
  }

  private void handOver(HttpExchange exchange, Runnable finish) {
    try {
      handlers.execute(
          () -> {
            if (pending.remove(exchange)) {
              finish.run();
            }
          });
    } catch (RejectedExecutionException closing) {
      abandon(exchange);
    }
  }

  /** Whether the server closed: a finishing call must then neither record nor answer. */
  boolean isClosed() {
    return closed;
  }

  private void abandon(HttpExchange exchange) {
    if (pending.remove(exchange)) {
      exchange.close();
    }
  }

  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    for (HttpExchange exchange : pending) {
      abandon(exchange);
    }
  }
}
