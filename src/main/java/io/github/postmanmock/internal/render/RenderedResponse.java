package io.github.postmanmock.internal.render;

import io.github.postmanmock.internal.model.Header;
import java.util.List;
import java.util.Objects;

/**
 * A response ready for the wire: status, headers in order (duplicates kept) and body bytes.
 *
 * @param status the HTTP status code
 * @param headers the headers to send, in order
 * @param body the body bytes, empty for no body
 */
public record RenderedResponse(int status, List<Header> headers, byte[] body) {
  public RenderedResponse {
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
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
}
