package io.github.postmanmock;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.render.DynamicVariables;
import io.github.postmanmock.internal.server.ApiKeys;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.CorsPolicy;
import io.github.postmanmock.internal.server.MockState;
import io.github.postmanmock.internal.server.Recording;
import io.github.postmanmock.internal.server.ServerSettings;
import io.github.postmanmock.internal.server.Sleeper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a server needs before it listens: the loaded examples and variables, the engine built
 * from them, the listening settings and how calls are answered. Loading happens here, so a bad file
 * fails before a port is taken. {@code recording} is {@code null} unless the server records (then
 * it forwards every call instead of matching).
 */
record ServerPlan(
    MockContent content,
    MatchEngine engine,
    ServerSettings settings,
    Behaviour how,
    List<String> warnings,
    Recording recording) {

  /**
   * How calls are answered, apart from the examples.
   *
   * @param seed the seed of dynamic variables, or {@code null} for a random one
   * @param clock the clock of timestamps and of the call log
   * @param delay the mock-level delay
   * @param cors how browsers are answered
   * @param serverResponse the response that answers every call, or {@code null}
   * @param sleeper how delays are waited out (tests replace it)
   * @param callLog how many calls and bytes the call log keeps, and how much of each body
   */
  record Behaviour(
      Long seed,
      Clock clock,
      Delay delay,
      CorsMode cors,
      ServerResponse serverResponse,
      Sleeper sleeper,
      CallLogLimits callLog) {

    /** The first state of the server, with {@code engine} and the accepted {@code apiKeys}. */
    MockState initialState(MatchEngine engine, Set<String> apiKeys) {
      return new MockState(
          engine,
          ApiKeys.of(apiKeys),
          delay.duration(),
          CorsPolicy.valueOf(cors.name()),
          serverResponse == null ? null : serverResponse.toInternal(),
          null);
    }

    DynamicVariables dynamicVariables() {
      return seed == null ? DynamicVariables.create(clock) : DynamicVariables.create(seed, clock);
    }
  }

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
      ServerSettings settings,
      Behaviour how,
      Recording recording) {
    List<Example> examples = new ArrayList<>();
    List<Variable> collectionVariables = new ArrayList<>(inline.collectionVariables());
    List<Collection> loaded = new ArrayList<>();
    for (Source source : collections) {
      Collection c = source.collection();
      loaded.add(c);
      examples.addAll(c.examples());
      collectionVariables.addAll(c.variables());
    }
    examples.addAll(inline.examples());
    List<Variable> environmentValues = new ArrayList<>(inline.environmentValues());
    for (Source source : environments) {
      Environment e = source.environment();
      environmentValues.addAll(e.values());
    }
    MockContent content =
        new MockContent(
            examples, collectionVariables, environmentValues, inline.variables(), options);
    MatchEngine engine = content.engine();
    List<String> warnings = CollectionWarnings.check(loaded, engine.variables(), options);
    return new ServerPlan(content, engine, settings, how, warnings, recording);
  }
}
