package io.github.postmanmock;

import java.time.Duration;
import java.util.Objects;

/**
 * One inline example: a request the mock recognises and the response it sends, built with {@link
 * Examples} and {@link ExampleBuilder}.
 *
 * <p>An inline example says what a saved example of a Postman collection says, and the mock chooses
 * among inline and collection examples with the same rules (see {@code docs/inline-examples.md}).
 * Instances are immutable and thread-safe; {@link #toBuilder()} starts a modified copy.
 *
 * @since 0.1
 */
public final class Example {
  private final io.github.postmanmock.internal.model.MockExample model;
  private final boolean defaultName;
  private final boolean autoContentType;

  /**
   * @param defaultName the name was made up from method, URL and status
   * @param autoContentType the last response header is a {@code Content-Type} the builder added
   */
  Example(
      io.github.postmanmock.internal.model.MockExample model,
      boolean defaultName,
      boolean autoContentType) {
    this.model = Objects.requireNonNull(model, "model");
    this.defaultName = defaultName;
    this.autoContentType = autoContentType;
  }

  /** The example name, which {@code x-mock-response-name} selects. */
  public String name() {
    return model.name();
  }

  /** The example id, which {@code x-mock-response-id} selects and ties sort by; may be null. */
  public String id() {
    return model.id();
  }

  /** The request method, upper case. */
  public String method() {
    return model.request().method();
  }

  /** The request URL as written, with its query, such as {@code /pets/{{id}}?limit=2}. */
  public String url() {
    return model.request().url().raw();
  }

  /** The status code of the response. */
  public int status() {
    return model.response().statusCode();
  }

  /** The response body as text, or {@code null} when it has none or was given as bytes. */
  public String body() {
    return model.response().body();
  }

  /** How long the mock waits before it answers with this example; zero for no delay. */
  public Duration delay() {
    return model.response().delay();
  }

  /** A builder that starts from this example, on the response side (see {@link ExampleBuilder}). */
  public ExampleBuilder toBuilder() {
    return ExampleBuilder.from(this);
  }

  /** The engine's view of this example; the server hands it to the matching engine. */
  io.github.postmanmock.internal.model.MockExample model() {
    return model;
  }

  boolean hasDefaultName() {
    return defaultName;
  }

  boolean hasAutoContentType() {
    return autoContentType;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Example e && model.equals(e.model);
  }

  @Override
  public int hashCode() {
    return model.hashCode();
  }

  /** One line: {@code GET /pets/{{id}} -> 200 (example "any pet")}. */
  @Override
  public String toString() {
    return method() + " " + url() + " -> " + status() + " (example \"" + name() + "\")";
  }
}
