package io.github.postmanmock.junit;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.Example;
import io.github.postmanmock.ExampleBuilder;
import io.github.postmanmock.MatchingOptions;
import io.github.postmanmock.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures a {@link PostmanMockExtension} for {@code @RegisterExtension}; obtained from {@link
 * PostmanMockExtension#newInstance()}.
 *
 * <p>Not thread-safe: configure on one thread; the built extension is immutable.
 *
 * @since 0.1
 */
public final class PostmanMockExtensionBuilder {
  private String collection;
  private String environment = "";
  private final Map<String, String> variables = new LinkedHashMap<>();
  private final List<String> apiKeys = new ArrayList<>();
  private Long seed;
  private Delay delay = Delay.NONE;
  private CorsMode cors = CorsMode.AUTO;
  private ServerResponse serverResponse;
  private boolean failOnUnmatched = true;
  private boolean failOnUnusedExamples;
  private MatchingOptions options = MatchingOptions.defaults();
  private long maxBodyBytes = -1;
  private String recordFrom = "";
  private final List<Example> examples = new ArrayList<>();

  PostmanMockExtensionBuilder() {}

  /** Serve this collection: a classpath resource, else a path relative to the working directory. */
  public PostmanMockExtensionBuilder collection(String collection) {
    this.collection = Objects.requireNonNull(collection, "collection");
    return this;
  }

  /**
   * Serve an inline example as if it were the last example of the collection; Postman's scoring and
   * tie-breaks treat it like any saved example. May be called several times.
   */
  public PostmanMockExtensionBuilder example(Example example) {
    examples.add(Objects.requireNonNull(example, "example"));
    return this;
  }

  /** Build {@code example} and serve it, as {@link #example(Example)}. */
  public PostmanMockExtensionBuilder example(ExampleBuilder example) {
    return example(Objects.requireNonNull(example, "example").build());
  }

  /** Resolve variables from this environment file, looked up like the collection. */
  public PostmanMockExtensionBuilder environment(String environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
    return this;
  }

  /** Set variable {@code key}; it shadows collection and environment values. */
  public PostmanMockExtensionBuilder variable(String key, String value) {
    variables.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Make the mock private: calls must send {@code key} in {@code x-api-key}. Call it again to
   * accept several keys.
   */
  public PostmanMockExtensionBuilder apiKey(String key) {
    if (Objects.requireNonNull(key, "key").isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank but was [\"" + key + "\"]");
    }
    apiKeys.add(key);
    return this;
  }

  /** Make dynamic variables repeatable: the same calls get the same values on every run. */
  public PostmanMockExtensionBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Wait {@code delay} before each answer; a call's {@code x-mock-response-delay} wins. */
  public PostmanMockExtensionBuilder delay(Delay delay) {
    this.delay = Objects.requireNonNull(delay, "delay");
    return this;
  }

  /** Answer browsers as {@code mode} says instead of {@link CorsMode#AUTO}. */
  public PostmanMockExtensionBuilder cors(CorsMode mode) {
    this.cors = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /** Start with {@code response} answering every call, whatever the examples. */
  public PostmanMockExtensionBuilder serverResponse(ServerResponse response) {
    this.serverResponse = Objects.requireNonNull(response, "response");
    return this;
  }

  /** Fail (or not) the test that made a call no example answered; on by default. */
  public PostmanMockExtensionBuilder failOnUnmatched(boolean on) {
    this.failOnUnmatched = on;
    return this;
  }

  /**
   * Fail (or not) the test class when, at its end, some examples never answered a call; off by
   * default. Only a {@code static} field has a class end to report at.
   */
  public PostmanMockExtensionBuilder failOnUnusedExamples(boolean on) {
    this.failOnUnusedExamples = on;
    return this;
  }

  /** Choose examples with {@code options}. */
  public PostmanMockExtensionBuilder options(MatchingOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return this;
  }

  /**
   * Answer 400 (as Postman does past its 1 MB limit) to request bodies longer than {@code limit}
   * bytes; -1 for no limit.
   */
  public PostmanMockExtensionBuilder maxBodyBytes(long limit) {
    if (limit < -1) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be -1 (no limit) or at least 0 but was [" + limit + "]");
    }
    this.maxBodyBytes = limit;
    return this;
  }

  /**
   * Return the configured extension.
   *
   * @throws IllegalStateException if neither a collection nor an example was given
   */
  /**
   * Record mode: forward every call to {@code target} and add each exchange as an example to the
   * collection file on disk, as {@link PostmanMock#recordFrom()} does.
   */
  public PostmanMockExtensionBuilder recordFrom(String target) {
    this.recordFrom = Objects.requireNonNull(target, "target");
    return this;
  }

  /**
   * Return the extension to keep in a {@code @RegisterExtension} field.
   *
   * @throws IllegalStateException when neither a collection nor an inline example was given
   */
  public PostmanMockExtension build() {
    if ((collection == null || collection.isBlank()) && examples.isEmpty()) {
      throw new IllegalStateException(
          "PostmanMockExtension needs a collection or inline examples: call"
              + " collection(\"your.postman_collection.json\") or example(...) before build()");
    }
    return new PostmanMockExtension(
        new ServerConfig(
            collection == null ? "" : collection,
            environment,
            variables,
            apiKeys,
            failOnUnmatched,
            failOnUnusedExamples,
            options,
            maxBodyBytes,
            new ServerConfig.Features(seed, delay, cors, serverResponse, recordFrom),
            examples,
            false));
  }
}
