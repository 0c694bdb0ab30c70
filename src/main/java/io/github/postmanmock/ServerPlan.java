package io.github.postmanmock;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.internal.server.ServerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a server needs before it listens: the loaded examples and variables, the engine built
 * from them, and the listening settings. Loading happens here, so a bad file fails before a port is
 * taken.
 */
record ServerPlan(MatchEngine engine, ServerSettings settings) {

  /** A named JSON document: read from a file at start, or given as bytes. */
  record Source(String name, Path file, byte[] json) {
    static Source of(Path file) {
      return new Source(file.toString(), file, null);
    }

    static Source of(String name, byte[] json) {
      return new Source(name, null, json.clone());
    }

    Collection collection() {
      return file != null
          ? CollectionFiles.readCollection(file)
          : CollectionFiles.readCollection(name, json);
    }

    Environment environment() {
      return file != null
          ? CollectionFiles.readEnvironment(file)
          : CollectionFiles.readEnvironment(name, json);
    }
  }

  /** What the builder gives directly: examples, variable layers and overriding values. */
  record Inline(
      List<Example> examples,
      List<Variable> collectionVariables,
      List<Variable> environmentValues,
      Map<String, String> variables) {}

  static ServerPlan load(
      Inline inline,
      List<Source> collections,
      List<Source> environments,
      MatchOptions options,
      ServerSettings settings) {
    List<Example> examples = new ArrayList<>();
    List<Variable> collectionVariables = new ArrayList<>(inline.collectionVariables());
    for (Source source : collections) {
      Collection c = source.collection();
      examples.addAll(c.examples());
      collectionVariables.addAll(c.variables());
    }
    examples.addAll(inline.examples());
    List<Variable> environmentValues = new ArrayList<>(inline.environmentValues());
    for (Source source : environments) {
      Environment e = source.environment();
      environmentValues.addAll(e.values());
    }
    List<Example> ordered = new ArrayList<>();
    for (Example e : examples) {
      ordered.add(e.withOrder(ordered.size()));
    }
    Variables all = Variables.of(collectionVariables, environmentValues).with(inline.variables());
    return new ServerPlan(MatchEngine.of(ordered, all, options), settings);
  }
}
