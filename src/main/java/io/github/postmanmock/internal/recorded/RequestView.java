package io.github.postmanmock.internal.recorded;

import io.github.postmanmock.internal.model.JsonTrees;
import io.github.postmanmock.internal.server.LoggedCall;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The request of a logged call as it was sent, API key masked, body as the log kept it.
 *
 * @param call the logged call, not null
 */
public record RequestView(LoggedCall call) {
  /** The headers by name, in arrival order. */
  public Map<String, List<String>> headers() {
    return HeaderMaps.byName(call.requestHeaders());
  }

  /** The first value of header {@code name} (case-insensitive), if sent. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(call.requestHeader(name));
  }

  /** A copy of the body bytes kept. */
  public byte[] bodyBytes() {
    return call.requestBody().bytes().clone();
  }

  /** The body text kept, in the charset its Content-Type names (else UTF-8). */
  public String bodyText() {
    return call.call().bodyText();
  }

  /** Whether the body is the JSON {@code json}, as body matching compares JSON. */
  public boolean bodyEqualsJson(String json) {
    return JsonTrees.same(bodyText(), Objects.requireNonNull(json, "json"));
  }

  /** The size of the body as sent, kept whole or not. */
  public int bodySize() {
    return call.requestBody().size();
  }

  /** Whether the log kept only the beginning of the body. */
  public boolean bodyTruncated() {
    return call.requestBody().truncated();
  }
}
