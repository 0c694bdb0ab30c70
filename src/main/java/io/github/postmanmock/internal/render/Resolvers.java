package io.github.postmanmock.internal.render;

/** The {@link TokenResolver}s of SPEC §3.3, rule by rule. */
final class Resolvers {
  private Resolvers() {}

  /** Rule 1: a template helper ({@code $body 'a.b'}) reads the call; malformed ones stay. */
  static String templateHelper(String token, RenderContext context) {
    return TemplateHelpers.isHelper(token)
        ? TemplateHelpers.evaluate(token, context.request())
        : null;
  }

  /** Rule 2: a dynamic variable ({@code $guid}), generated anew for each occurrence. */
  static TokenResolver dynamicVariable(DynamicVariables dynamic) {
    return (token, context) -> token.startsWith("$") ? dynamic.resolve(token) : null;
  }

  /** Rule 3: a token named like a wildcard segment gets the captured call segment. */
  static String wildcardCapture(String token, RenderContext context) {
    return context.captures().get(token);
  }

  /**
   * Rule 4: a collection or environment variable. References inside the variable's value are
   * resolved too, but only against variables: nothing from the request is scanned again.
   */
  static String variable(String token, RenderContext context) {
    String value = context.variables().get(token);
    return value == null ? null : context.variables().substitute(value);
  }
}
