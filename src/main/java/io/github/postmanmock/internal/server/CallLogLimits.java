package io.github.postmanmock.internal.server;

/**
 * How much a server's call log keeps (see {@code docs/design/0006-call-log-memory.md}): at most
 * {@code maxCalls} calls and an estimated {@code maxBytes} of heap in each list (every call, the
 * calls of each test, the late calls), dropping the oldest past either, and at most {@code
 * maxBodyBytes} of each request and response body, cutting the rest. The same defaults serve the
 * library and the standalone jar.
 *
 * @param maxCalls the most calls kept in each list
 * @param maxBytes the most estimated heap bytes kept in each list
 * @param maxBodyBytes the most bytes kept of each body
 */
public record CallLogLimits(int maxCalls, long maxBytes, int maxBodyBytes) {
  public static final int DEFAULT_MAX_CALLS = 10_000;
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  public static final CallLogLimits DEFAULTS =
      new CallLogLimits(DEFAULT_MAX_CALLS, DEFAULT_MAX_BYTES, DEFAULT_MAX_BODY_BYTES);

  public CallLogLimits {
    if (maxCalls < 1) {
      throw new IllegalArgumentException(
          "maxRecordedCalls must be at least 1 but was [" + maxCalls + "]");
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException(
          "maxRecordedBytes must be at least 1 but was [" + maxBytes + "]");
    }
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException(
          "maxRecordedBodyBytes must be at least 0 but was [" + maxBodyBytes + "]");
    }
  }

  /** The call {@code served} as a log with these limits keeps it. */
  public LoggedCall keep(ServedCall served) {
    return LoggedCall.of(served, maxBodyBytes);
  }

  /** {@code 10000 calls or 64 MiB}, for messages. */
  public String describe() {
    return maxCalls + " calls or " + size(maxBytes);
  }

  /**
   * Why an assertion on {@code log}, which dropped {@code lost} calls past {@code limit}, fails.
   */
  public static String overflow(String log, long lost, String limit) {
    return String.format(
        "Expecting %s to hold every call to assert on%n"
            + "but it dropped its oldest %d %s to stay within its limit of %s.%n"
            + "Raise the limit (MockServerBuilder.maxRecordedCalls and maxRecordedBytes;"
            + " --max-calls and --max-log-bytes for the standalone jar), or assert on the"
            + " calls kept with new CallLogAssert(log.asList()).",
        log, lost, lost == 1 ? "call" : "calls", limit);
  }

  /** {@code 64 KiB}, {@code 1500 bytes}: a byte count as people read it. */
  public static String size(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }
}
