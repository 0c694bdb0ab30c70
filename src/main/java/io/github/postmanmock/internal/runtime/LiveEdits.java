package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.server.ApiKeys;
import io.github.postmanmock.internal.server.CorsPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The edits a test or the command line makes to a running mock, each checked and then applied from
 * the next call on (see {@link LiveMock}): examples and variables rebuild the engine, keys, delay,
 * CORS and the server response swap the state. Thread-safe.
 */
public final class LiveEdits {
  private final LiveMock live;

  LiveEdits(LiveMock live) {
    this.live = live;
  }

  /** Resolve variables from the environment in {@code file} alone. */
  public void environment(Path file) {
    var e = Source.of(file).environment();
    live.content(c -> c.withEnvironment(e));
  }

  /** Resolve variables from this environment JSON alone. */
  public void environment(String name, byte[] json) {
    var e = Source.of(name, json).environment();
    live.content(c -> c.withEnvironment(e));
  }

  /** Set variable {@code key}, shadowing every other value of it. */
  public void variable(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    live.content(c -> c.withVariable(key, value));
  }

  /** Drop the value {@link #variable} set for {@code key}. */
  public void removeVariable(String key) {
    live.content(c -> c.withoutVariable(Objects.requireNonNull(key, "key")));
  }

  /** Also serve the examples of the collection in {@code file}. */
  public void loadCollection(Path file) {
    var added = Source.of(file).collection();
    live.content(c -> c.plus(added));
  }

  /** Stop serving every example with this name or id; fails if none has it. */
  public void removeExample(String nameOrId) {
    live.content(c -> c.withoutExample(Objects.requireNonNull(nameOrId, "nameOrId")));
  }

  /** Accept one more key, checked as the builder checks it. */
  public void apiKey(String key) {
    String k = ListenChoices.requireKey(key);
    live.state(s -> s.withApiKeys(s.apiKeys().with(k)));
  }

  /** Forget every accepted key. */
  public void publicAccess() {
    live.state(s -> s.withApiKeys(ApiKeys.NONE));
  }

  /** Wait {@code delay} before answering, {@code preflight} before the mock's own preflights. */
  public void delay(Duration delay, Duration preflight) {
    live.state(s -> s.withDelay(delay, preflight));
  }

  public void cors(CorsPolicy policy) {
    live.state(s -> s.withCors(policy));
  }

  /** Answer every call with {@code response}; {@code null} to answer from the examples again. */
  public void serverResponse(ExampleResponse response) {
    live.state(s -> s.withServerResponse(response));
  }
}
