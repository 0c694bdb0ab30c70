package io.github.postmanmock.internal.contract;

import io.github.postmanmock.internal.model.MockExample;

/**
 * An example and what to do with it: send {@code call}, or skip it for {@code skipReason}.
 *
 * @param example the example
 * @param path the path and query to show in reports
 * @param call the request to send, or {@code null} when skipped
 * @param skipReason why it is not sent, or {@code null}
 */
record Plan(MockExample example, String path, PlannedCall call, String skipReason) {
  static Plan send(MockExample example, PlannedCall call) {
    return new Plan(example, call.target(), call, null);
  }

  static Plan skip(MockExample example, String path, String reason) {
    return new Plan(example, path, null, reason);
  }

  boolean skipped() {
    return call == null;
  }
}
