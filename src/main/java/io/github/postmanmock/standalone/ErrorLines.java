package io.github.postmanmock.standalone;

/** Turns exceptions into the one-line messages the command line prints. */
final class ErrorLines {
  private ErrorLines() {}

  /** The first line of the message of {@code e}, or its type when it has none. */
  static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }
}
