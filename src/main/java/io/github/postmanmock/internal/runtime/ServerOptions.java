package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.render.DynamicVariables;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.CorsPolicy;
import io.github.postmanmock.internal.server.ServerSettings;
import io.github.postmanmock.internal.server.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a server is configured with, in the engine's and server's own types: the value that
 * {@code MockServerBuilder} builds (and validates) and that {@link MockRuntime#start} runs. Tests
 * in the root package change the seams a user has no business with ({@link #withSleeper}) here.
 *
 * @param collections the collection documents, read at start and on reload
 * @param environments the environment documents
 * @param content what is given directly: inline examples and variable layers
 * @param matching the matching options
 * @param warnings what to do with collection warnings
 * @param settings how the server listens and what it accepts
 * @param adminPrefix the prefix of the admin endpoints, or {@code null} for none
 * @param behaviour how calls are answered, apart from the examples
 * @param recording record mode, or {@link RecordingOptions#OFF}
 */
public record ServerOptions(
    List<Source> collections,
    List<Source> environments,
    Given content,
    MatchOptions matching,
    CollectionWarnings.Policy warnings,
    ServerSettings settings,
    String adminPrefix,
    Behaviour behaviour,
    RecordingOptions recording) {

  public ServerOptions {
    collections = List.copyOf(collections);
    environments = List.copyOf(environments);
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(matching, "matching");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(recording, "recording");
  }

  /**
   * What is given directly rather than read from files.
   *
   * @param examples inline examples, served after those of the collections
   * @param collectionVariables variables in the collection layer
   * @param environmentValues variables in the environment layer
   * @param variables values that shadow every layer
   */
  public record Given(
      List<MockExample> examples,
      List<Variable> collectionVariables,
      List<Variable> environmentValues,
      Map<String, String> variables) {
    public Given {
      examples = List.copyOf(examples);
      collectionVariables = List.copyOf(collectionVariables);
      environmentValues = List.copyOf(environmentValues);
      variables = Map.copyOf(variables);
    }
  }

  /**
   * How calls are answered, apart from the examples.
   *
   * @param seed the seed of dynamic variables, or {@code null} for a random one
   * @param clock the clock of timestamps and of the call log
   * @param delay the mock-level delay
   * @param cors how browsers are answered
   * @param serverResponse the response that answers every call, or {@code null}
   * @param sleeper how delays are waited out
   * @param callLog how many calls and bytes the call log keeps, and how much of each body
   * @param preflightDelay the delay of the preflights the mock answers itself (a network preset's
   *     latency), zero for none
   */
  public record Behaviour(
      Long seed,
      Clock clock,
      Duration delay,
      CorsPolicy cors,
      ExampleResponse serverResponse,
      Sleeper sleeper,
      CallLogLimits callLog,
      Duration preflightDelay) {
    public Behaviour {
      Objects.requireNonNull(preflightDelay, "preflightDelay");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(cors, "cors");
      Objects.requireNonNull(sleeper, "sleeper");
      Objects.requireNonNull(callLog, "callLog");
    }

    DynamicVariables dynamicVariables() {
      return seed == null ? DynamicVariables.create(clock) : DynamicVariables.create(seed, clock);
    }
  }

  /** A copy whose delays are waited out by {@code sleeper}. */
  public ServerOptions withSleeper(Sleeper sleeper) {
    Behaviour b = behaviour;
    return withBehaviour(
        new Behaviour(
            b.seed(),
            b.clock(),
            b.delay(),
            b.cors(),
            b.serverResponse(),
            sleeper,
            b.callLog(),
            b.preflightDelay()));
  }

  /** A copy that also serves {@code more} after its inline examples. */
  public ServerOptions plusExamples(List<MockExample> more) {
    List<MockExample> all = new java.util.ArrayList<>(content.examples());
    all.addAll(more);
    return withContent(
        new Given(
            all, content.collectionVariables(), content.environmentValues(), content.variables()));
  }

  /** A copy with more variables in the collection and environment layers. */
  public ServerOptions plusVariables(List<Variable> collection, List<Variable> environment) {
    List<Variable> c = new java.util.ArrayList<>(content.collectionVariables());
    c.addAll(collection);
    List<Variable> e = new java.util.ArrayList<>(content.environmentValues());
    e.addAll(environment);
    return withContent(new Given(content.examples(), c, e, content.variables()));
  }

  private ServerOptions withContent(Given given) {
    return new ServerOptions(
        collections,
        environments,
        given,
        matching,
        warnings,
        settings,
        adminPrefix,
        behaviour,
        recording);
  }

  private ServerOptions withBehaviour(Behaviour b) {
    return new ServerOptions(
        collections,
        environments,
        content,
        matching,
        warnings,
        settings,
        adminPrefix,
        b,
        recording);
  }
}
