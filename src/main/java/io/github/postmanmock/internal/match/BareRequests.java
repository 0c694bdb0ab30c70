package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.BareRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.MockExample;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests of the collections that have no saved example, prepared like examples so that a call
 * nothing answers can be told that the request it was meant for has no example to serve.
 */
final class BareRequests {
  private static final ExampleResponse NONE =
      new ExampleResponse(null, null, List.of(), null, null);

  private final List<PreparedExample> prepared;

  private BareRequests(List<PreparedExample> prepared) {
    this.prepared = prepared;
  }

  static BareRequests of(List<BareRequest> requests, ExamplePreparer preparer) {
    List<PreparedExample> out = new ArrayList<>(requests.size());
    for (BareRequest r : requests) {
      out.add(
          preparer.prepare(
              new MockExample(null, r.location(), List.of(), "", "", -1, r.request(), NONE)));
    }
    return new BareRequests(List.copyOf(out));
  }

  /**
   * {@code "; request 'Likes/Liking users' has no saved examples"} for the first request without
   * examples whose method and path match {@code call}, or the empty string.
   */
  String note(CallView call, PathRules rules) {
    for (PreparedExample p : prepared) {
      if (p.method().equals(call.method()) && rules.rule(call.path(), p) != null) {
        return "; request '" + p.example().name() + "' has no saved examples";
      }
    }
    return "";
  }
}
