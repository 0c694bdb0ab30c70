package io.github.postmanmock.internal.render;

import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link TokenResolver} may read while one response is rendered. Create one per call: the
 * request views that template helpers read are built once and kept.
 *
 * @param call the call being answered
 * @param variables the collection and environment variables of the mock
 * @param captures values of the wildcard segments of the chosen example's path, by name
 * @param request the lazily parsed views of the call for template helpers
 */
public record RenderContext(
    HttpCall call, Variables variables, Map<String, String> captures, RequestContext request) {
  public RenderContext {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(variables, "variables");
    captures = Map.copyOf(captures);
    Objects.requireNonNull(request, "request");
  }

  /** The context of {@code call}, with fresh request views. */
  public RenderContext(HttpCall call, Variables variables, Map<String, String> captures) {
    this(call, variables, captures, new RequestContext(call));
  }
}
