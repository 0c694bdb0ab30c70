package io.github.postmanmock.junit;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.Example;
import io.github.postmanmock.MatchingOptions;
import io.github.postmanmock.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable configuration of one mock, from {@link PostmanMock} or the programmatic builder.
 *
 * @param collection the collection to serve, or empty for inline examples only
 * @param examples the inline examples served after those of the collection
 * @param annotated whether the configuration comes from {@link PostmanMock} rather than the
 *     programmatic builder, for messages that show how to change it
 */
record ServerConfig(
    String collection,
    String environment,
    Map<String, String> variables,
    List<String> apiKeys,
    boolean failOnUnmatched,
    boolean failOnUnusedExamples,
    MatchingOptions options,
    long maxBodyBytes,
    Features features,
    List<Example> examples,
    boolean annotated) {

  /**
   * How calls are answered, apart from the examples.
   *
   * @param seed the seed of dynamic variables, or {@code null} for a random one
   * @param delay the delay before each answer
   * @param cors how browsers are answered
   * @param serverResponse the response that answers every call from the start, or {@code null}
   * @param recordFrom the URL to record from, empty to use the {@code postmanmock.record} system
   *     property (and serve the collection when that is not set either)
   * @param tls whether and how HTTPS is served
   */
  record Features(
      Long seed,
      Delay delay,
      CorsMode cors,
      ServerResponse serverResponse,
      String recordFrom,
      Tls tls) {
    static final Features DEFAULTS =
        new Features(null, Delay.NONE, CorsMode.AUTO, null, "", Tls.OFF);

    Features {
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(cors, "cors");
      Objects.requireNonNull(recordFrom, "recordFrom");
      Objects.requireNonNull(tls, "tls");
    }
  }

  /**
   * How HTTPS is served.
   *
   * @param https whether to serve HTTPS (implied by a key store)
   * @param keyStore a PKCS12 key store, looked up like the collection; empty for the generated
   *     certificate
   * @param password the key store's password
   */
  record Tls(boolean https, String keyStore, String password) {
    static final Tls OFF = new Tls(false, "", "");

    Tls {
      Objects.requireNonNull(keyStore, "keyStore");
      Objects.requireNonNull(password, "password");
      https = https || !keyStore.isEmpty();
    }
  }

  /** How to turn {@code failOnUnmatched} off, written as the user would in this configuration. */
  String failOnUnmatchedOptOut() {
    if (!annotated) {
      return "PostmanMockExtension.newInstance()...failOnUnmatched(false)";
    }
    String literal = collection.replace("\\", "\\\\").replace("\"", "\\\"");
    return "@PostmanMock(value = \"" + literal + "\", failOnUnmatched = false)";
  }

  ServerConfig {
    examples = List.copyOf(examples);
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(environment, "environment");
    variables = Map.copyOf(variables);
    apiKeys = List.copyOf(apiKeys);
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(options, "options");
  }
}
