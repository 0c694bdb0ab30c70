package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One call of the log by its {@code id} ({@code GET /__mock/calls/{id}}), with headers and bodies:
 * what a deep link to a call on the call-log page opens, however old the call.
 */
final class CallLookup {
  private static final CallLogQuery EVERYTHING =
      CallLogQuery.parse("include=" + String.join(",", CallLogQuery.INCLUDABLE));

  private CallLookup() {}

  /** The entry of the call numbered {@code id}, or {@code null} when the log does not hold it. */
  static ObjectNode find(List<LoggedCall> calls, String id) {
    long sequence;
    try {
      sequence = Long.parseLong(id);
    } catch (NumberFormatException notAnId) {
      return null;
    }
    for (LoggedCall call : calls) {
      if (call.sequence() == sequence) {
        return CallLogJson.entry(call, EVERYTHING);
      }
    }
    return null;
  }
}
