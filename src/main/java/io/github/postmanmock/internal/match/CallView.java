package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.HttpCall;
import java.util.List;
import java.util.Locale;

/**
 * One call as the engine sees it: upper-case method, decoded path forms (SPEC §2.13 item 2),
 * decoded query, lazily parsed body.
 */
record CallView(
    HttpCall call, String method, PathForms path, List<QueryPair> query, CallBody body) {

  static CallView of(HttpCall call, MatchOptions options, IdDetector ids) {
    return new CallView(
        call,
        call.method().toUpperCase(Locale.ROOT),
        PathForms.of(Paths.callSegments(call.path(), options.collapseSlashes()), ids),
        QueryPair.ofCall(call.rawQuery()),
        new CallBody(call));
  }
}
