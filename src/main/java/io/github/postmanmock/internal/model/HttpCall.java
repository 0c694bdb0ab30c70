package io.github.postmanmock.internal.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An incoming call, independent of any HTTP server: what the matching engine and the renderer read.
 *
 * @param method the request method as sent (any case; compared upper case)
 * @param path the raw request path, not decoded, without the query
 * @param rawQuery the raw query string without {@code ?}, or empty
 * @param headers the request headers in arrival order
 * @param body the request body bytes, empty when there is none
 */
public record HttpCall(
    String method, String path, String rawQuery, List<Header> headers, byte[] body) {
  public HttpCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    rawQuery = rawQuery == null ? "" : rawQuery;
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** A call without headers or body, for tests and tools: {@code of("GET", "/pets?limit=2")}. */
  public static HttpCall of(String method, String target) {
    int q = target.indexOf('?');
    return q < 0
        ? new HttpCall(method, target, "", List.of(), new byte[0])
        : new HttpCall(method, target.substring(0, q), target.substring(q + 1), List.of(), null);
  }

  /** The first value of header {@code name} (case-insensitive), or {@code null}. */
  public String header(String name) {
    for (Header h : headers) {
      if (h.key().equalsIgnoreCase(name)) {
        return h.value();
      }
    }
    return null;
  }

  /** Every value of header {@code name} (case-insensitive), in order. */
  public List<String> headerValues(String name) {
    List<String> found = new ArrayList<>();
    for (Header h : headers) {
      if (h.key().equalsIgnoreCase(name)) {
        found.add(h.value());
      }
    }
    return found;
  }

  /** The media type of the body, lower case and without parameters, or empty. */
  public String mediaType() {
    String contentType = header("Content-Type");
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /** The body as text, in the charset the Content-Type names (UTF-8 otherwise). */
  public String bodyText() {
    return new String(body, charset());
  }

  private Charset charset() {
    String contentType = header("Content-Type");
    if (contentType != null) {
      for (String part : contentType.split(";")) {
        String p = part.trim();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          try {
            return Charset.forName(p.substring(8).replace("\"", "").trim());
          } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpCall c
        && method.equals(c.method)
        && path.equals(c.path)
        && rawQuery.equals(c.rawQuery)
        && headers.equals(c.headers)
        && java.util.Arrays.equals(body, c.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, rawQuery, headers, java.util.Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
  }
}
