package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.Candidate.Step;
import java.util.List;

/** The words of a not-found decision: the last step that still had examples. */
final class NotFoundReason {
  private NotFoundReason() {}

  static String of(CallView call, List<Scored> results) {
    String where = call.method() + " " + call.path().text();
    if (has(results, Step.BODY)) {
      return "no example matches "
          + where
          + ": the body filter removed every example whose path matches";
    }
    if (has(results, Step.HEADERS)) {
      return "no example matches "
          + where
          + ": the header filter removed every example whose path matches";
    }
    if (!results.isEmpty() && results.stream().allMatch(s -> s.step == Step.RESPONSE_CODE)) {
      return "no " + call.method() + " example has the status that x-mock-response-code asks for";
    }
    return "no " + call.method() + " example matches the path [" + call.path().text() + "]";
  }

  private static boolean has(List<Scored> results, Step step) {
    for (Scored s : results) {
      if (s.step == step) {
        return true;
      }
    }
    return false;
  }
}
