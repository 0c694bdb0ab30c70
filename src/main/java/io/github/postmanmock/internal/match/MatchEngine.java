package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses the example that answers a call, as Postman's mock server does (SPEC §2).
 *
 * <p>An engine is built once for a set of examples, variables and options, and then answers any
 * number of calls from any number of threads. A live edit of a mock builds a new engine.
 */
public final class MatchEngine {
  private final List<Example> examples;
  private final Variables variables;
  private final MatchOptions options;

  private MatchEngine(List<Example> examples, Variables variables, MatchOptions options) {
    this.examples = List.copyOf(examples);
    this.variables = Objects.requireNonNull(variables, "variables");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Prepare (resolve variables in, and index) {@code examples} for matching. */
  public static MatchEngine of(List<Example> examples, Variables variables, MatchOptions options) {
    return new MatchEngine(examples, variables, options);
  }

  /** Decide which example answers {@code call}. */
  public Decision match(HttpCall call) {
    if (options.serverResponse() != null) {
      return Decision.serverResponse(options.serverResponse());
    }
    // Placeholder until the full algorithm lands: exact method and path only.
    for (Example e : examples) {
      if (e.request().method().equalsIgnoreCase(call.method())
          && variables.substitute(e.request().url().pathText()).equals(call.path())) {
        return new Decision(e, e.response(), Rule.U1_EXACT, 100, Map.of(), List.of(), "");
      }
    }
    return Decision.notFound("No example matches " + call, List.of());
  }

  public List<Example> examples() {
    return examples;
  }

  public Variables variables() {
    return variables;
  }

  public MatchOptions options() {
    return options;
  }
}
