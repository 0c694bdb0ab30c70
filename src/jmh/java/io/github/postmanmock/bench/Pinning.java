package io.github.postmanmock.bench;

import java.util.List;

/**
 * Pinned mode ({@code --pin true}): every server JVM runs on CPU 0 and wrk on CPU 1 ({@code
 * taskset}), so the load generator never takes the server's core, as in the measurements.
 */
final class Pinning {
  private static final String PROPERTY = "bench.pin";

  private Pinning() {}

  static void enable(boolean on) {
    System.setProperty(PROPERTY, Boolean.toString(on));
  }

  static boolean on() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** The command prefix that pins a server JVM, or nothing. */
  static List<String> server() {
    return on() ? List.of("taskset", "-c", "0") : List.of();
  }

  /** The command prefix that pins wrk, or nothing. */
  static List<String> loadGenerator() {
    return on() ? List.of("taskset", "-c", "1") : List.of();
  }

  static String describe() {
    return on()
        ? "pinned: servers on CPU 0, wrk (one thread) on CPU 1"
        : "not pinned: servers and wrk share every core";
  }
}
