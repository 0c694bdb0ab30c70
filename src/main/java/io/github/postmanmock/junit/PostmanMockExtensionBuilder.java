package io.github.postmanmock.junit;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.Example;
import io.github.postmanmock.ExampleBuilder;
import io.github.postmanmock.MatchingOptions;
import io.github.postmanmock.MockServerBuilder;
import io.github.postmanmock.ServerResponse;
import java.util.Objects;
import java.util.function.Consumer;

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
  private String recordFrom = "";
  private boolean failOnUnmatched = true;
  private boolean failOnUnusedExamples;
  private boolean hasExamples;
  private final BuilderCalls options = new BuilderCalls(e -> e);

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
    Objects.requireNonNull(example, "example");
    hasExamples = true;
    return option(b -> b.example(example));
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
    return option(b -> b.variable(key, value));
  }

  /**
   * Make the mock private: calls must send {@code key} in {@code x-api-key}. Call it again to
   * accept several keys.
   */
  public PostmanMockExtensionBuilder apiKey(String key) {
    return option(b -> b.apiKey(key));
  }

  /** Make dynamic variables repeatable: the same calls get the same values on every run. */
  public PostmanMockExtensionBuilder seed(long seed) {
    return option(b -> b.seed(seed));
  }

  /** Wait {@code delay} before each answer; a call's {@code x-mock-response-delay} wins. */
  public PostmanMockExtensionBuilder delay(Delay delay) {
    return option(b -> b.delay(delay));
  }

  /** Answer browsers as {@code mode} says instead of {@link CorsMode#AUTO}. */
  public PostmanMockExtensionBuilder cors(CorsMode mode) {
    return option(b -> b.cors(mode));
  }

  /** Start with {@code response} answering every call, whatever the examples. */
  public PostmanMockExtensionBuilder serverResponse(ServerResponse response) {
    return option(b -> b.serverResponse(response));
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

  /** As {@link MockServerBuilder#failOnCollectionWarnings(boolean)}. */
  public PostmanMockExtensionBuilder failOnCollectionWarnings(boolean on) {
    return option(b -> b.failOnCollectionWarnings(on));
  }

  /** As {@link MockServerBuilder#logCollectionWarnings(boolean)}. */
  public PostmanMockExtensionBuilder logCollectionWarnings(boolean on) {
    return option(b -> b.logCollectionWarnings(on));
  }

  /** Choose examples with {@code options}. */
  public PostmanMockExtensionBuilder options(MatchingOptions options) {
    return option(b -> b.options(options));
  }

  /** As {@link MockServerBuilder#maxBodyBytes(long)}: 413 past {@code limit} bytes; -1 for none. */
  public PostmanMockExtensionBuilder maxBodyBytes(long limit) {
    return option(b -> b.maxBodyBytes(limit));
  }

  /**
   * Record mode: forward every call to {@code target} and add each exchange as an example to the
   * collection file on disk, as {@link PostmanMock#recordFrom()} does.
   */
  public PostmanMockExtensionBuilder recordFrom(String target) {
    if (!Objects.requireNonNull(target, "target").isBlank()) {
      RecordTarget.parse(target); // a bad URL fails now
    }
    this.recordFrom = target;
    return this;
  }

  /**
   * Serve HTTPS with a certificate made for this JVM, as {@link PostmanMock#https()} does; the
   * injected {@code MockServer}'s {@code sslContext()} trusts it.
   */
  public PostmanMockExtensionBuilder https() {
    return option(MockServerBuilder::https);
  }

  /**
   * Serve HTTPS with the key and certificate of a PKCS12 key store found like the collection, as
   * {@link PostmanMock#keyStore()} does.
   */
  public PostmanMockExtensionBuilder keyStore(String resourceOrFile, char[] password) {
    char[] copy = Objects.requireNonNull(password, "password").clone();
    return option(b -> b.keyStore(resourceOrFile, copy));
  }

  /**
   * Apply any other server option of {@link MockServerBuilder}, checked now and applied to the
   * server of every test class: {@code .server(b -> b.maxRecordedCalls(1000))}.
   */
  public PostmanMockExtensionBuilder server(Consumer<MockServerBuilder> option) {
    return option(Objects.requireNonNull(option, "option"));
  }

  private PostmanMockExtensionBuilder option(Consumer<MockServerBuilder> option) {
    options.add(option);
    return this;
  }

  /**
   * Return the configured extension.
   *
   * @throws IllegalStateException if neither a collection nor an example was given
   */
  public PostmanMockExtension build() {
    if ((collection == null || collection.isBlank()) && !hasExamples) {
      throw new IllegalStateException(
          "PostmanMockExtension needs a collection or inline examples: call"
              + " collection(\"your.postman_collection.json\") or example(...) before build()");
    }
    return new PostmanMockExtension(
        new ServerConfig(
            collection == null ? "" : collection,
            environment,
            recordFrom,
            options.list(),
            failOnUnmatched,
            failOnUnusedExamples,
            false));
  }
}
