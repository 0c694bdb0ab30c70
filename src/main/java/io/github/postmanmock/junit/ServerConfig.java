package io.github.postmanmock.junit;

import io.github.postmanmock.MockServerBuilder;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The immutable configuration of one mock, from {@link PostmanMock} or the programmatic builder:
 * the files, which JUnit finds next to the test class, the server options as calls on {@link
 * MockServerBuilder}, and what only makes sense in JUnit.
 *
 * @param collection the collection to serve, or empty for inline examples only
 * @param environment the environment file, or empty for none
 * @param recordFrom the URL to record from, empty to use the {@code postmanmock.record} system
 *     property (and serve the collection when that is not set either)
 * @param options every other server option, applied in order to the server's builder
 * @param failOnUnmatched whether a call no example answered fails the test that made it
 * @param failOnUnusedExamples whether examples that never answered fail the class
 * @param annotated whether the configuration comes from {@link PostmanMock} rather than the
 *     programmatic builder, for messages that show how to change it
 */
record ServerConfig(
    String collection,
    String environment,
    String recordFrom,
    List<Consumer<MockServerBuilder>> options,
    boolean failOnUnmatched,
    boolean failOnUnusedExamples,
    boolean annotated) {

  ServerConfig {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(recordFrom, "recordFrom");
    options = List.copyOf(options);
  }

  /** How to turn {@code failOnUnmatched} off, written as the user would in this configuration. */
  String failOnUnmatchedOptOut() {
    return optOut("failOnUnmatched");
  }

  /** How to turn {@code failOnUnusedExamples} off, written as in {@link #failOnUnmatchedOptOut}. */
  String failOnUnusedExamplesOptOut() {
    return optOut("failOnUnusedExamples");
  }

  private String optOut(String attribute) {
    if (!annotated) {
      return "PostmanMockExtension.newInstance()..." + attribute + "(false)";
    }
    String literal = collection.replace("\\", "\\\\").replace("\"", "\\\"");
    return "@PostmanMock(value = \"" + literal + "\", " + attribute + " = false)";
  }
}
