package io.github.postmanmock.internal.collection;

import io.github.postmanmock.internal.model.Header;
import java.util.List;
import java.util.Objects;

/**
 * One call forwarded to a real service and its answer, as recording keeps it: sensitive headers
 * already left out, bodies as text.
 *
 * @param method the request method, upper case
 * @param path the raw request path, starting with {@code /}
 * @param rawQuery the raw query without {@code ?}, or empty
 * @param requestHeaders the request headers to save in {@code originalRequest}
 * @param requestBody the request body as text, empty for none
 * @param status the status the service answered (502 when it could not be reached)
 * @param responseHeaders the response headers to save in the example
 * @param responseBody the response body as text, empty for none
 */
public record RecordedExchange(
    String method,
    String path,
    String rawQuery,
    List<Header> requestHeaders,
    String requestBody,
    int status,
    List<Header> responseHeaders,
    String responseBody) {

  public RecordedExchange {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    rawQuery = rawQuery == null ? "" : rawQuery;
    requestHeaders = List.copyOf(requestHeaders);
    requestBody = requestBody == null ? "" : requestBody;
    responseHeaders = List.copyOf(responseHeaders);
    responseBody = responseBody == null ? "" : responseBody;
  }

  /** The first value of request header {@code name} (case-insensitive), or {@code null}. */
  String requestHeader(String name) {
    return first(requestHeaders, name);
  }

  /** The first value of response header {@code name} (case-insensitive), or {@code null}. */
  String responseHeader(String name) {
    return first(responseHeaders, name);
  }

  private static String first(List<Header> headers, String name) {
    for (Header h : headers) {
      if (h.key().equalsIgnoreCase(name)) {
        return h.value();
      }
    }
    return null;
  }
}
