package io.github.postmanmock.junit;

import io.github.postmanmock.MatchingOptions;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable configuration of one mock, from {@link PostmanMock} or the programmatic builder.
 */
record ServerConfig(
    String collection,
    String environment,
    Map<String, String> variables,
    String apiKey,
    boolean failOnUnmatched,
    MatchingOptions options,
    long maxBodyBytes) {

  ServerConfig {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(environment, "environment");
    variables = Map.copyOf(variables);
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(options, "options");
  }
}
