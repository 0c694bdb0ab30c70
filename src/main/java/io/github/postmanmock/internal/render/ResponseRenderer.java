package io.github.postmanmock.internal.render;

import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.Variables;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Turns the response of a chosen example into bytes on the wire (SPEC §3.1–§3.3).
 *
 * <p>Every {@code {{...}}} token of the body (and of header values) is resolved in one pass by the
 * first {@link TokenResolver} that knows it; inserted text is never scanned again, so values taken
 * from the request cannot inject tokens. A response with no token is rendered once and kept ({@link
 * StaticRenderings}). Thread-safe.
 */
public final class ResponseRenderer {

  /**
   * Return the resolvers in the order of SPEC §3.3: template helpers, dynamic variables (from
   * {@code dynamic}), wildcard captures, then collection and environment variables. A new kind of
   * token goes into this list at its place.
   */
  public static List<TokenResolver> standardResolvers(DynamicVariables dynamic) {
    return List.of(
        Resolvers::templateHelper,
        Resolvers.dynamicVariable(dynamic),
        Resolvers::wildcardCapture,
        Resolvers::variable);
  }

  /** Headers copied from a recorded response that no longer describe the rendered body. */
  private static final List<String> STALE_HEADERS =
      List.of(
          "content-length", "transfer-encoding", "content-encoding", "connection", "keep-alive");

  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "json", "application/json",
          "xml", "application/xml",
          "html", "text/html",
          "text", "text/plain",
          "javascript", "application/javascript");

  private final List<TokenResolver> resolvers;
  private final boolean templateHeaders;
  private final StaticRenderings statics = new StaticRenderings();

  private ResponseRenderer(List<TokenResolver> resolvers, boolean templateHeaders) {
    this.resolvers = List.copyOf(resolvers);
    this.templateHeaders = templateHeaders;
  }

  /** A renderer with the standard resolvers that also resolves tokens in header values. */
  public static ResponseRenderer standard() {
    return standard(DynamicVariables.create());
  }

  /** A renderer with the standard resolvers over {@code dynamic} (seeded, or on a test clock). */
  public static ResponseRenderer standard(DynamicVariables dynamic) {
    return new ResponseRenderer(standardResolvers(dynamic), true);
  }

  /** A renderer with the given resolvers, asked in order. */
  public static ResponseRenderer of(List<TokenResolver> resolvers, boolean templateHeaders) {
    return new ResponseRenderer(resolvers, templateHeaders);
  }

  /** Render {@code response} for the call and variables of {@code context}. */
  public RenderedResponse render(ExampleResponse response, RenderContext context) {
    RenderedResponse known = statics.get(response);
    if (known != null) {
      return known;
    }
    List<Header> headers = headers(response, context);
    String body = response.body() == null ? "" : resolveTokens(response.body(), context);
    RenderedResponse rendered =
        new RenderedResponse(response.statusCode(), headers, body.getBytes(StandardCharsets.UTF_8));
    if (hasNoToken(response)) {
      statics.put(response, rendered);
    }
    return rendered;
  }

  /** Whether {@code response} renders alike for every call: nothing in it for a resolver. */
  private boolean hasNoToken(ExampleResponse response) {
    if (response.body() != null && response.body().contains("{{")) {
      return false;
    }
    if (templateHeaders) {
      for (Header h : response.headers()) {
        if (h.value().contains("{{")) {
          return false;
        }
      }
    }
    return true;
  }

  /** Resolve every token of {@code text} in one pass; unknown tokens stay verbatim. */
  public String resolveTokens(String text, RenderContext context) {
    if (text.indexOf("{{") < 0) {
      return text;
    }
    Matcher m = Variables.TOKEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    while (m.find()) {
      String value = resolveToken(m.group(1), context);
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String resolveToken(String token, RenderContext context) {
    for (TokenResolver resolver : resolvers) {
      String value = resolver.resolve(token, context);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * Whether {@code key} is one of {@link #STALE_HEADERS}, in any case, without a lower-case copy.
   */
  private static boolean isStale(String key) {
    for (String stale : STALE_HEADERS) {
      if (stale.equalsIgnoreCase(key)) {
        return true;
      }
    }
    return false;
  }

  private List<Header> headers(ExampleResponse response, RenderContext context) {
    List<Header> headers = new ArrayList<>(response.headers().size() + 1);
    boolean hasContentType = false;
    for (Header h : response.headers()) {
      String key = h.key().trim();
      if (h.disabled() || key.isEmpty() || isStale(key)) {
        continue;
      }
      hasContentType |= key.equalsIgnoreCase("Content-Type");
      String value =
          HeaderValues.sanitize(templateHeaders ? resolveTokens(h.value(), context) : h.value());
      headers.add(Header.of(key, value));
    }
    if (!hasContentType && response.previewLanguage() != null) {
      String type = CONTENT_TYPES.get(response.previewLanguage().toLowerCase(Locale.ROOT));
      if (type != null) {
        headers.add(Header.of("Content-Type", type));
      }
    }
    return headers;
  }
}
