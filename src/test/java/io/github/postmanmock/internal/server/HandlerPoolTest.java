package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pool grows when calls wait longer than a tick, whether no thread makes progress (stalled
 * clients) or some do but too slowly (a slow service behind passthrough), and not before. The test
 * ticks the watch by hand; the latches' limits only bound a failing run.
 */
class HandlerPoolTest {
  private static final ThreadFactory DAEMONS =
      task -> {
        Thread t = new Thread(task, "handler-pool-test");
        t.setDaemon(true);
        return t;
      };

  private final HandlerPool pool = new HandlerPool(1, 8, DAEMONS, tick -> {});
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    pool.shutdownNow();
  }

  private Runnable holding(CountDownLatch started) {
    return holding(started, release);
  }

  /** A call that says it started, then holds its thread until {@code done}. */
  private static Runnable holding(CountDownLatch started, CountDownLatch done) {
    return () -> {
      started.countDown();
      try {
        done.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  @Test
  void callsBehindAStalledThreadGetThreadsOfTheirOwnAfterATick() throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch others = new CountDownLatch(2);
    pool.execute(holding(first));
    assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
    pool.execute(holding(others));
    pool.execute(holding(others));

    pool.tick(); // notes the last waiting call
    assertThat(pool.getCorePoolSize())
        .as("no growth before a call waited a whole tick")
        .isEqualTo(1);
    pool.tick(); // that call still waits

    assertThat(others.await(30, TimeUnit.SECONDS)).as("the waiting calls run").isTrue();
    assertThat(pool.getCorePoolSize()).isEqualTo(3);
  }

  @Test
  void thePoolAlsoGrowsWhenThreadsMakeProgressButCallsStillWait() throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch firstDone = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(1);
    CountDownLatch third = new CountDownLatch(1);
    pool.execute(holding(first, firstDone));
    assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
    pool.execute(holding(second));
    pool.execute(holding(third));
    pool.tick(); // the third call is last in line

    firstDone.countDown(); // progress: the one thread takes the second call
    assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
    pool.tick(); // the first in line changed, but the third call still waits

    assertThat(third.await(30, TimeUnit.SECONDS)).as("the third call gets a thread").isTrue();
    assertThat(pool.getCorePoolSize()).isGreaterThan(1);
  }

  @Test
  void callsTakenWithinATickDoNotGrowThePool() throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch firstDone = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(1);
    pool.execute(holding(first, firstDone));
    assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
    pool.execute(second::countDown);
    pool.tick(); // the second call is last in line

    firstDone.countDown();
    assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
    pool.tick();

    assertThat(pool.getCorePoolSize()).isEqualTo(1);
  }
}
