package io.github.postmanmock.internal.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.HttpCall;
import java.util.Locale;

/**
 * Postman's template helpers {@code $body}, {@code $queryParams}, {@code $pathSegments} and {@code
 * $headers} (SPEC §3.5): text taken from the incoming call and inserted in the response.
 *
 * <p>Rules: with no argument a helper gives the whole value (the raw body text; the query
 * parameters or headers as a compact JSON object; the path segments as a JSON array). With an
 * argument it follows that object path ({@code 'a.b'}, {@code 'items.0'}, {@code 'a\.b'} for the
 * key {@code a.b}). A missing value gives the second argument, or the empty string. Strings are
 * inserted raw, numbers and booleans as their text, JSON {@code null} as {@code null}, objects and
 * arrays as compact JSON. A path into a body that is neither JSON nor form-urlencoded finds
 * nothing. Header names are matched case-insensitively.
 *
 * <p>The returned text comes from the request: the caller inserts it as is and must never scan it
 * for further tokens, so a request cannot inject templates into its own response.
 */
public final class TemplateHelpers {
  private TemplateHelpers() {}

  /**
   * Return whether {@code tokenContent} (the text between {@code {{} and {@code }}}) calls a
   * helper: it starts with a helper name followed by whitespace or its end. Such a token is a
   * helper even when malformed; then {@link #evaluate} returns null and the token stays verbatim.
   */
  public static boolean isHelper(String tokenContent) {
    return HelperToken.Helper.startingWith(tokenContent) != null;
  }

  /**
   * Evaluate a helper token against {@code call}; return null when {@code tokenContent} is not a
   * helper or its syntax is malformed (the caller then leaves the token verbatim).
   */
  public static String evaluate(String tokenContent, HttpCall call) {
    return evaluate(tokenContent, new RequestContext(call));
  }

  /**
   * Evaluate a helper token against a call's {@link RequestContext}; pass the same context for
   * every token of one response so the body is parsed once.
   */
  public static String evaluate(String tokenContent, RequestContext context) {
    HelperToken token = HelperToken.parse(tokenContent);
    if (token == null) {
      return null;
    }
    String path = token.path();
    if (path == null || path.isEmpty()) {
      return whole(token.helper(), context);
    }
    JsonNode root = root(token.helper(), context);
    String key =
        token.helper() == HelperToken.Helper.HEADERS ? path.toLowerCase(Locale.ROOT) : path;
    JsonNode found = root == null ? null : ObjectPath.get(root, key);
    if (found == null) {
      return token.fallback() == null ? "" : token.fallback();
    }
    return HelperJson.render(found);
  }

  private static String whole(HelperToken.Helper helper, RequestContext context) {
    return switch (helper) {
      case BODY -> context.bodyText();
      case QUERY_PARAMS -> HelperJson.compact(context.query());
      case PATH_SEGMENTS -> HelperJson.compact(context.pathSegments());
      case HEADERS -> HelperJson.compact(context.headers());
    };
  }

  private static JsonNode root(HelperToken.Helper helper, RequestContext context) {
    return switch (helper) {
      case BODY -> context.bodyTree();
      case QUERY_PARAMS -> context.query();
      case PATH_SEGMENTS -> context.pathSegments();
      case HEADERS -> context.headers();
    };
  }
}
