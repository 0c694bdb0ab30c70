package io.github.postmanmock;

import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.runtime.ServerOptions;
import io.github.postmanmock.internal.server.Sleeper;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a {@link MockServer} from a public builder plus what only tests give: model examples made
 * by {@code ExampleFixture}, variable layers, and a {@link Sleeper} that does not wait. Lives in
 * the root test package because {@link MockServerBuilder#options()} is package-private: the public
 * builder has no test hooks.
 */
final class Seams {
  private final MockServerBuilder builder;
  private final List<MockExample> examples = new ArrayList<>();
  private final List<Variable> collectionVariables = new ArrayList<>();
  private final List<Variable> environmentValues = new ArrayList<>();
  private Sleeper sleeper;

  private Seams(MockServerBuilder builder) {
    this.builder = builder;
  }

  static Seams of(MockServerBuilder builder) {
    return new Seams(builder);
  }

  Seams examples(List<MockExample> more) {
    examples.addAll(more);
    return this;
  }

  Seams sleeper(Sleeper sleeper) {
    this.sleeper = sleeper;
    return this;
  }

  Seams variables(List<Variable> collection, List<Variable> environment) {
    collectionVariables.addAll(collection);
    environmentValues.addAll(environment);
    return this;
  }

  MockServer start() {
    ServerOptions options =
        builder
            .options()
            .plusExamples(examples)
            .plusVariables(collectionVariables, environmentValues);
    return MockServer.start(sleeper == null ? options : options.withSleeper(sleeper));
  }
}
