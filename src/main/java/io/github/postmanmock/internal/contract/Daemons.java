package io.github.postmanmock.internal.contract;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads for the calls of a contract check, so that a stuck call never holds the JVM. */
final class Daemons {
  private static final AtomicInteger COUNT = new AtomicInteger();

  static final ThreadFactory FACTORY =
      task -> {
        Thread t = new Thread(task, "postman-mock-contract-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
      };

  private Daemons() {}
}
