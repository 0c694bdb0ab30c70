package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import java.util.Comparator;
import java.util.List;

/**
 * An example ready for matching: variables resolved, path forms computed.
 *
 * @param example the example as loaded
 * @param method the upper-case method
 * @param path the resolved path in every form the rules compare
 * @param wildcards per segment of {@code path.segments()}: the wildcard's variable name, or the
 *     empty string for a literal segment
 * @param written per segment of {@code path.segments()}: the text the collection wrote there
 * @param query the enabled query parameters, resolved and decoded
 * @param headers the enabled request headers, values resolved
 * @param body the resolved request body
 */
record PreparedExample(
    MockExample example,
    String method,
    PathForms path,
    List<String> wildcards,
    List<String> written,
    List<QueryPair> query,
    List<Header> headers,
    PreparedBody body) {
  /** File order. */
  static final Comparator<PreparedExample> BY_ORDER =
      (a, b) -> Integer.compare(a.order(), b.order());

  boolean hasWildcards() {
    for (String w : wildcards) {
      if (!w.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The path as near-miss diagnostics show it. */
  ExamplePath view() {
    return new ExamplePath(path.segments(), written, wildcards);
  }

  int order() {
    return example.order();
  }

  int status() {
    return example.response().statusCode();
  }
}
