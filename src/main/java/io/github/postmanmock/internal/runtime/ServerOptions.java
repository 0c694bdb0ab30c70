package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.render.DynamicVariables;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.ServerSettings;
import io.github.postmanmock.internal.server.Sleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a server is configured with, in the engine's and server's own types: the value that
 * {@code MockServerBuilder} builds from its choices ({@link SourceChoices}, {@link ListenChoices},
 * {@link AnswerChoices}, {@link ForwardChoices}, each of which validated its values as they were
 * given) and that {@link MockRuntime#start} runs. Tests in the root package change the seams a user
 * has no business with ({@link #withSleeper}) here.
 *
 * @param content the collections and environments to read, and what is given directly
 * @param matching the matching options
 * @param warnings what to do with collection warnings
 * @param settings how the server listens and what it accepts
 * @param adminPrefix the prefix of the admin endpoints, or {@code null} for none
 * @param behaviour how calls are answered, apart from the examples
 * @param recording record mode or passthrough, or {@link RecordingOptions#OFF}
 */
public record ServerOptions(
    Given content,
    MatchOptions matching,
    CollectionWarnings.Policy warnings,
    ServerSettings settings,
    String adminPrefix,
    Behaviour behaviour,
    RecordingOptions recording) {

  /**
   * The options the four choices of a builder hold now; fails as {@link ForwardChoices#options}.
   */
  public static ServerOptions of(
      SourceChoices sources, ListenChoices listen, AnswerChoices answers, ForwardChoices forward) {
    RecordingOptions recording = forward.options();
    MatchOptions matching = answers.matching();
    ServerSettings settings = listen.settings(sources.name(), matching);
    return new ServerOptions(
        sources.given(),
        matching,
        answers.warnings(),
        settings,
        listen.adminPrefix(),
        answers.behaviour(),
        recording);
  }

  /**
   * The documents to read and what is given directly rather than read from files.
   *
   * @param collections the collection documents, read at start and on reload
   * @param environments the environment documents
   * @param examples inline examples, served after those of the collections
   * @param collectionVariables variables in the collection layer
   * @param environmentValues variables in the environment layer
   * @param variables values that shadow every layer
   */
  public record Given(
      List<Source> collections,
      List<Source> environments,
      List<MockExample> examples,
      List<Variable> collectionVariables,
      List<Variable> environmentValues,
      Map<String, String> variables) {
    public Given {
      collections = List.copyOf(collections);
      environments = List.copyOf(environments);
      examples = List.copyOf(examples);
      collectionVariables = List.copyOf(collectionVariables);
      environmentValues = List.copyOf(environmentValues);
      variables = Map.copyOf(variables);
    }
  }

  /**
   * How calls are answered, apart from the examples; every value was checked by {@link
   * AnswerChoices}.
   *
   * @param seed the seed of dynamic variables, or {@code null} for a random one
   * @param clock the clock of timestamps and of the call log
   * @param sleeper how delays are waited out
   * @param callLog how many calls and bytes the call log keeps, and how much of each body
   * @param start the delay, CORS policy and server response the live state starts with
   */
  public record Behaviour(
      Long seed, Clock clock, Sleeper sleeper, CallLogLimits callLog, StartState start) {

    DynamicVariables dynamicVariables() {
      return seed == null ? DynamicVariables.create(clock) : DynamicVariables.create(seed, clock);
    }
  }

  /** A copy whose delays are waited out by {@code sleeper}. */
  public ServerOptions withSleeper(Sleeper sleeper) {
    Behaviour b = behaviour;
    return with(content, new Behaviour(b.seed(), b.clock(), sleeper, b.callLog(), b.start()));
  }

  /** A copy that also serves {@code more} after its inline examples. */
  public ServerOptions plusExamples(List<MockExample> more) {
    Given c = content;
    return with(
        new Given(
            c.collections(),
            c.environments(),
            plus(c.examples(), more),
            c.collectionVariables(),
            c.environmentValues(),
            c.variables()),
        behaviour);
  }

  /** A copy with more variables in the collection and environment layers. */
  public ServerOptions plusVariables(List<Variable> collection, List<Variable> environment) {
    Given c = content;
    return with(
        new Given(
            c.collections(),
            c.environments(),
            c.examples(),
            plus(c.collectionVariables(), collection),
            plus(c.environmentValues(), environment),
            c.variables()),
        behaviour);
  }

  private static <T> List<T> plus(List<T> first, List<T> then) {
    List<T> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  private ServerOptions with(Given given, Behaviour b) {
    return new ServerOptions(given, matching, warnings, settings, adminPrefix, b, recording);
  }
}
