package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.HeaderValues;
import java.time.Duration;
import java.util.Objects;

/**
 * The delay before one response (SPEC §3.6): the call's {@code x-mock-response-delay} when it holds
 * a whole number of milliseconds from 1 to 180000, else the mock-level delay. A header value that
 * is out of range or not a number is ignored, with a note for the call log.
 *
 * @param delay how long to wait before answering
 * @param note why the header was ignored, or empty
 */
record ResponseDelay(Duration delay, String note) {
  static final String HEADER = "x-mock-response-delay";
  static final long MAX_MILLIS = 180_000;

  ResponseDelay {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(note, "note");
  }

  /** The delay for {@code call} on a mock whose own delay is {@code configured}. */
  static ResponseDelay of(HttpCall call, Duration configured) {
    String value = call.header(HEADER);
    if (value == null) {
      return new ResponseDelay(configured, "");
    }
    long millis;
    try {
      millis = Long.parseLong(value.trim());
    } catch (NumberFormatException notANumber) {
      return ignored(value, configured);
    }
    if (millis < 1 || millis > MAX_MILLIS) {
      return ignored(value, configured);
    }
    return new ResponseDelay(Duration.ofMillis(millis), "");
  }

  private static ResponseDelay ignored(String value, Duration configured) {
    return new ResponseDelay(
        configured,
        "Ignored "
            + HEADER
            + " ["
            + HeaderValues.sanitize(value)
            + "]: it must be a whole number of milliseconds from 1 to "
            + MAX_MILLIS
            + "; the mock's delay of ["
            + configured.toMillis()
            + " ms] applied");
  }
}
