package io.github.postmanmock.junit;

import io.github.postmanmock.Example;
import io.github.postmanmock.MatchingOptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The immutable configuration of one mock, from {@link PostmanMock} or the programmatic builder.
 *
 * @param collection the collection to serve, or empty for inline examples only
 * @param examples the inline examples served after those of the collection
 */
record ServerConfig(
    String collection,
    String environment,
    Map<String, String> variables,
    String apiKey,
    boolean failOnUnmatched,
    MatchingOptions options,
    long maxBodyBytes,
    List<Example> examples) {

  ServerConfig {
    examples = List.copyOf(examples);
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(environment, "environment");
    variables = Map.copyOf(variables);
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(options, "options");
  }
}
