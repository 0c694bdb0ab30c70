package io.github.postmanmock.assertions;

import io.github.postmanmock.RecordedCall;
import java.util.List;

/**
 * Builds failure messages in one shape: what was expected, the value indented on its own line, what
 * there was instead, then the call log when one is known (as Spring's mock server lists the
 * requests it executed).
 */
final class FailureMessages {
  private FailureMessages() {}

  /** {@code Expecting <subject> <expectation>:\n <expected>\nbut <butKey>:\n <actual>}. */
  static String expecting(
      String subject, String expectation, String expected, String butKey, String actual) {
    return String.format(
        "%nExpecting %s %s:%n  %s%nbut %s:%n  %s",
        subject, expectation, indent(expected), butKey, indent(actual));
  }

  /**
   * Why a body assertion on {@code call} fails when the log kept only the first bytes of its {@code
   * which} body, {@code size} bytes long: a comparison with part of it would mislead.
   */
  static String cutBody(RecordedCall call, String which, int size, String kept) {
    return String.format(
        "%nExpecting call [%s] to have its whole %s body in the call log%n"
            + "but the log kept only the beginning of its %d bytes:%n  %s%n"
            + "Raise MockServerBuilder.maxRecordedBodyBytes"
            + " (--max-log-body-bytes for the standalone jar) to assert on it.",
        call, which, size, quote(kept));
  }

  /** The count and one line per call, as appended to failures about a log. */
  static String log(List<RecordedCall> calls) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format("%n%n%d %s recorded", calls.size(), calls.size() == 1 ? "call" : "calls"));
    out.append(calls.isEmpty() ? "" : ":");
    for (int i = 0; i < calls.size(); i++) {
      out.append(String.format("%n  %d. %s", i + 1, calls.get(i)));
    }
    return out.toString();
  }

  /** {@code [description] message}, or the message when there is no description. */
  static String described(String description, String message) {
    return description == null || description.isEmpty()
        ? message
        : "[" + description + "] " + message;
  }

  /** {@code "text"}, or {@code null}. */
  static String quote(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  /** Indent continuation lines by two spaces, so multi-line values stay under their key. */
  static String indent(String text) {
    return text.replace("\n", String.format("%n  "));
  }
}
