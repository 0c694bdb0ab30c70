package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.BareRequest;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a server answers from, loaded before it listens: the content (examples and variables), the
 * engine built from it and the collection warnings. Loading happens here, so a bad file fails
 * before a port is taken; {@link MockRuntime#reload()} loads a new plan from the same options.
 */
record ServerPlan(MockContent content, MatchEngine engine, List<String> warnings) {

  /**
   * Read the collections and environments of {@code options}; in record mode, none of the
   * collections is served (the recording starts from nothing).
   */
  static ServerPlan load(ServerOptions options) {
    ServerOptions.Given given = options.content();
    List<MockExample> examples = new ArrayList<>();
    List<Variable> collectionVariables = new ArrayList<>(given.collectionVariables());
    List<Collection> loaded = new ArrayList<>();
    List<BareRequest> bare = new ArrayList<>();
    if (!options.recording().active()) {
      for (Source source : options.content().collections()) {
        Collection c = source.collection();
        loaded.add(c);
        bare.addAll(c.requestsWithoutExamples());
        examples.addAll(c.examples());
        collectionVariables.addAll(c.variables());
      }
    }
    examples.addAll(given.examples());
    List<Variable> environmentValues = new ArrayList<>(given.environmentValues());
    for (Source source : options.content().environments()) {
      environmentValues.addAll(source.environment().values());
    }
    MockContent content =
        new MockContent(
            examples,
            collectionVariables,
            environmentValues,
            given.variables(),
            options.matching(),
            bare);
    MatchEngine engine = content.engine();
    List<String> warnings =
        CollectionWarnings.check(
            loaded, engine.variables(), options.matching(), options.warnings());
    return new ServerPlan(content, engine, warnings);
  }
}
