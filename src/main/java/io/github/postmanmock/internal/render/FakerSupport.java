package io.github.postmanmock.internal.render;

/** Detects Datafaker, the optional dependency, without loading any class that links against it. */
final class FakerSupport {
  private static final boolean AVAILABLE = detect();

  private FakerSupport() {}

  /** Return whether {@code net.datafaker.Faker} can be loaded. */
  static boolean isAvailable() {
    return AVAILABLE;
  }

  private static boolean detect() {
    try {
      Class.forName("net.datafaker.Faker", false, FakerSupport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }
}
