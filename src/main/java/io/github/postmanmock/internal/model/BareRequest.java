package io.github.postmanmock.internal.model;

import java.util.Objects;

/**
 * A request of a collection that has no saved example, so the mock never answers it; kept so that a
 * call meant for it can be told why.
 *
 * @param location its place in the collection ({@code "Likes/Liking users"})
 * @param request the request as saved
 */
public record BareRequest(String location, ExampleRequest request) {
  public BareRequest {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(request, "request");
  }
}
