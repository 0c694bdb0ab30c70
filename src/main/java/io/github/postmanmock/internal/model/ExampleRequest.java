package io.github.postmanmock.internal.model;

import java.util.List;
import java.util.Objects;

/** The request half of a saved example ({@code originalRequest}); the method is upper case. */
public record ExampleRequest(String method, Url url, List<Header> headers, RequestBody body) {
  public ExampleRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }
}
