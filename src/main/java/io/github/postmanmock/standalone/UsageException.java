package io.github.postmanmock.standalone;

/**
 * A command line that cannot be run; the message is one line for the user, which the command line
 * prints followed by {@code (see --help)} and exit code 2.
 */
final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
