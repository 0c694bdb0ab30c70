package io.github.postmanmock.reliability;

import java.io.File;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Open file descriptors of this JVM, from {@code /proc/self/fd} where the platform has it. */
final class Descriptors {
  private static final File FDS = new File("/proc/self/fd");

  private Descriptors() {}

  static boolean available() {
    return FDS.isDirectory();
  }

  static int count() {
    String[] names = FDS.list();
    return names == null ? -1 : names.length;
  }

  /** Poll {@code condition} every 100 ms until it holds or {@code limit} passes. */
  static boolean eventually(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.onSpinWait();
      synchronized (FDS) {
        FDS.wait(100);
      }
    }
    return condition.getAsBoolean();
  }
}
