package io.github.postmanmock.internal.contract;

import io.github.postmanmock.internal.model.Header;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A concrete request built from an example: every variable resolved.
 *
 * @param method the method, upper case
 * @param target the path and query, starting with {@code /}
 * @param headers the headers to send
 * @param body the body text, empty for none
 */
record PlannedCall(String method, String target, List<Header> headers, String body) {
  PlannedCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /**
   * What makes two calls the same call for the service: method, target, body and headers (names in
   * any case, in any order). Two examples with one key can only get one answer.
   */
  String sameCallKey() {
    String headerText =
        headers.stream()
            .map(h -> h.key().toLowerCase(Locale.ROOT) + ":" + h.value())
            .sorted(Comparator.naturalOrder())
            .collect(Collectors.joining("\n"));
    return method + " " + target + "\n" + headerText + "\n\n" + body;
  }
}
