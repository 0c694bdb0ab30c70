package io.github.postmanmock.internal.render;

/**
 * One rule of the single-pass token resolution of SPEC §3.3. The renderer asks each resolver in
 * order and inserts the first non-null answer as raw text; a token no resolver knows stays as it
 * is.
 *
 * <p>To add a kind of token (template helpers, dynamic variables), implement this interface and put
 * the resolver at its place in {@link ResponseRenderer#standardResolvers}. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface TokenResolver {

  /**
   * Resolve the text between the braces of one {@code {{...}}} token.
   *
   * @param token the text between {@code {{} and {@code }}}, untrimmed
   * @param context the call being answered and the variables of the mock
   * @return the text to insert, or {@code null} when this resolver does not know the token
   */
  String resolve(String token, RenderContext context);
}
