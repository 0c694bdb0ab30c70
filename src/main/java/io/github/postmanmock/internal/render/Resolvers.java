package io.github.postmanmock.internal.render;

/** The built-in {@link TokenResolver}s that need nothing beyond the model. */
final class Resolvers {
  private Resolvers() {}

  /** Rule 3 of SPEC §3.3: a token named like a wildcard segment gets the captured call segment. */
  static String wildcardCapture(String token, RenderContext context) {
    return context.captures().get(token);
  }

  /**
   * Rule 4 of SPEC §3.3: a collection or environment variable. References inside the variable's
   * value are resolved too, but only against variables: nothing from the request is scanned again.
   */
  static String variable(String token, RenderContext context) {
    String value = context.variables().get(token);
    return value == null ? null : context.variables().substitute(value);
  }
}
