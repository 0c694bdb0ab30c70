package io.github.postmanmock.internal.server;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The handler pool of one server: a task runs on an idle thread when there is one, else on a new
 * thread up to {@code max}, and only past {@code max} waits in arrival order. The JDK server reads
 * a request's headers and body on the handler thread, and a slow or silent client holds its thread
 * until the request time limit ({@link JdkServerLimits}) closes it; with threads made on demand, a
 * hundred such clients leave the next well-behaved call a thread of its own. Idle threads end after
 * a few seconds, so an idle server holds none.
 */
final class ElasticExecutor {
  private ElasticExecutor() {}

  static ThreadPoolExecutor create(int max, ThreadFactory threads) {
    HandOffQueue queue = new HandOffQueue();
    return new ThreadPoolExecutor(0, max, 5, TimeUnit.SECONDS, queue, threads, queue);
  }

  /**
   * Offers a task only to a thread already waiting for one, so the pool makes a new thread rather
   * than queueing while below its maximum; at the maximum, the task is queued (the rejection
   * handler) for the next thread that frees up.
   */
  private static final class HandOffQueue extends LinkedTransferQueue<Runnable>
      implements RejectedExecutionHandler {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean offer(Runnable task) {
      return tryTransfer(task);
    }

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor pool) {
      if (pool.isShutdown()) {
        throw new RejectedExecutionException("The server is closed");
      }
      super.offer(task);
    }
  }
}
