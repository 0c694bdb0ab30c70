package io.github.postmanmock.internal.render;

import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link TokenResolver} may read while a response is rendered.
 *
 * @param call the call being answered
 * @param variables the collection and environment variables of the mock
 * @param captures values of the wildcard segments of the chosen example's path, by name
 */
public record RenderContext(HttpCall call, Variables variables, Map<String, String> captures) {
  public RenderContext {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(variables, "variables");
    captures = Map.copyOf(captures);
  }
}
