package io.github.postmanmock.internal.contract;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking one example.
 *
 * @param place {@code Folder/Request/Example}
 * @param method the request method
 * @param path the path and query sent (or that would have been sent), variables resolved where they
 *     could be
 * @param outcome ok, drift or skipped
 * @param reason why it was skipped, or why no answer came; empty otherwise
 * @param drifts the differences that count as drift
 * @param additions fields the real body has and the example lacks (drifts when strict)
 */
public record ExampleResult(
    String place,
    String method,
    String path,
    Outcome outcome,
    String reason,
    List<Difference> drifts,
    List<Difference> additions) {

  public ExampleResult {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(outcome, "outcome");
    reason = reason == null ? "" : reason;
    drifts = List.copyOf(drifts);
    additions = List.copyOf(additions);
  }

  static ExampleResult skipped(String place, String method, String path, String reason) {
    return new ExampleResult(place, method, path, Outcome.SKIPPED, reason, List.of(), List.of());
  }
}
