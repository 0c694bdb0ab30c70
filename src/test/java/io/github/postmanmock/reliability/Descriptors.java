package io.github.postmanmock.reliability;

import java.io.File;

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
}
