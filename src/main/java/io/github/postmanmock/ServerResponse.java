package io.github.postmanmock;

import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A canned response that, while it is active on a mock, answers every call whatever the examples:
 * Postman's "server responses", the way to simulate an outage (SPEC §2.2).
 *
 * <pre>{@code
 * mock.serverResponse(ServerResponse.of(503).header("Retry-After", "30").body("down"));
 * }</pre>
 *
 * <p>Its body and header values are rendered like an example's, so {@code {{$guid}}} or {@code
 * {{$headers 'x-request-id'}}} work. The mock's delay still applies. Immutable and thread-safe:
 * every method returns a copy.
 *
 * @since 0.1
 */
public final class ServerResponse {
  private final int status;
  private final List<Header> headers;
  private final String body;

  private ServerResponse(int status, List<Header> headers, String body) {
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
  }

  /**
   * Return a response with {@code status}, no headers and no body.
   *
   * @throws IllegalArgumentException if {@code status} is not in [100, 599]
   */
  public static ServerResponse of(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be in [100, 599] but was [" + status + "]");
    }
    return new ServerResponse(status, List.of(), null);
  }

  /**
   * Return a server response that breaks every connection with {@code fault} (status 200, seen only
   * with {@link Fault#TRUNCATED_BODY}, whose body is then half sent).
   */
  public static ServerResponse fault(Fault fault) {
    Objects.requireNonNull(fault, "fault");
    return of(200).header(Fault.HEADER, fault.name());
  }

  /** Return a copy that also sends header {@code name: value}. */
  public ServerResponse header(String name, String value) {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException(
          "header name must not be blank but was [\"" + name + "\"]");
    }
    List<Header> more = new ArrayList<>(headers);
    more.add(Header.of(name, Objects.requireNonNull(value, "value")));
    return new ServerResponse(status, more, body);
  }

  /** Return a copy with {@code text} as its body. */
  public ServerResponse body(String text) {
    return new ServerResponse(status, headers, Objects.requireNonNull(text, "text"));
  }

  /** Return a copy with {@code json} as its body and {@code Content-Type: application/json}. */
  public ServerResponse json(String json) {
    return header("Content-Type", "application/json").body(json);
  }

  /** Return the status code. */
  public int status() {
    return status;
  }

  /** Return the body text, or an empty string for none. */
  public String body() {
    return body == null ? "" : body;
  }

  ExampleResponse toInternal() {
    return new ExampleResponse(status, null, headers, body, null);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServerResponse other
        && status == other.status
        && headers.equals(other.headers)
        && Objects.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, body);
  }

  /** Return {@code ServerResponse[503, 4 characters of body]}. */
  @Override
  public String toString() {
    return "ServerResponse[" + status + ", " + body().length() + " characters of body]";
  }
}
