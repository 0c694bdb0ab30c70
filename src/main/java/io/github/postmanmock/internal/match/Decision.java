package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.MockExample;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine decided for one call.
 *
 * @param example the chosen example, or {@code null} when nothing matched or a server response
 *     answered
 * @param response the response to send: the chosen example's, the active server response, or {@code
 *     null} when nothing matched
 * @param rule how the example was found, or {@code null} when nothing matched
 * @param score the winner's score, or {@link Double#NaN}
 * @param captures values of wildcard segments of the winner's path, by variable name
 * @param nearMisses the other examples, most promising first (at most a handful)
 * @param reason why nothing matched, in words; empty when something did
 */
public record Decision(
    MockExample example,
    ExampleResponse response,
    Rule rule,
    double score,
    Map<String, String> captures,
    List<Candidate> nearMisses,
    String reason) {

  public Decision {
    captures = Map.copyOf(captures);
    nearMisses = nearMisses instanceof LazyNearMisses ? nearMisses : List.copyOf(nearMisses);
    Objects.requireNonNull(reason, "reason");
  }

  public boolean matched() {
    return response != null;
  }

  public static Decision serverResponse(ExampleResponse response) {
    return new Decision(null, response, Rule.SERVER_RESPONSE, 100, Map.of(), List.of(), "");
  }

  public static Decision notFound(String reason, List<Candidate> nearMisses) {
    return new Decision(null, null, null, Double.NaN, Map.of(), nearMisses, reason);
  }
}
