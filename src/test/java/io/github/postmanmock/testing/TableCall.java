package io.github.postmanmock.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One call of a {@link TableCase}: the request and its {@code expect} object. */
public final class TableCall {
  private final JsonNode json;

  TableCall(JsonNode json) {
    this.json = json;
  }

  public String method() {
    return json.path("method").asText();
  }

  /** The path and query as sent, such as {@code /users?id=1}. */
  public String target() {
    return json.path("target").asText();
  }

  /** The request headers, in table order. */
  public List<Header> headers() {
    List<Header> out = new ArrayList<>();
    json.path("headers")
        .properties()
        .forEach(h -> out.add(Header.of(h.getKey(), h.getValue().asText())));
    return out;
  }

  /** The request body, or {@code null} for none. */
  public String body() {
    return json.hasNonNull("body") ? json.path("body").asText() : null;
  }

  /** What the call should get (see the table's {@code about}). */
  public JsonNode expect() {
    return json.path("expect");
  }

  /** The call as the engine reads it. */
  public HttpCall httpCall() {
    HttpCall plain = HttpCall.of(method(), target());
    String body = body();
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return new HttpCall(plain.method(), plain.path(), plain.rawQuery(), headers(), bytes);
  }

  @Override
  public String toString() {
    return method() + " " + target() + (json.has("headers") ? " " + json.path("headers") : "");
  }
}
