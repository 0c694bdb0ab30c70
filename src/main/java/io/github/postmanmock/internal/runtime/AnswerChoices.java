package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.CorsPolicy;
import io.github.postmanmock.internal.server.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a builder's server chooses and answers: matching options, collection warnings, dynamic
 * variables, time, the live state it starts with and how much the call log keeps, each checked as
 * it is given. Not thread-safe, like the builder that owns it.
 */
public final class AnswerChoices {
  private MatchOptions matching = MatchOptions.defaults();
  private CollectionWarnings.Policy warnings = CollectionWarnings.Policy.DEFAULT;
  private Long seed;
  private Clock clock = Clock.systemUTC();
  private StartState start = StartState.DEFAULT;
  private CallLogLimits callLog = CallLogLimits.DEFAULTS;

  public void matching(MatchOptions options) {
    this.matching = Objects.requireNonNull(options, "options");
  }

  public void failOnWarnings(boolean on) {
    warnings = new CollectionWarnings.Policy(on, warnings.log());
  }

  public void logWarnings(boolean on) {
    warnings = new CollectionWarnings.Policy(warnings.fail(), on);
  }

  public void seed(long seed) {
    this.seed = seed;
  }

  public void clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Wait {@code delay} before each answer and {@code preflight} before the mock's preflights. */
  public void delay(Duration delay, Duration preflight) {
    start = new StartState(delay, preflight, start.cors(), start.serverResponse());
  }

  public void cors(CorsPolicy cors) {
    start = new StartState(start.delay(), start.preflightDelay(), cors, start.serverResponse());
  }

  public void serverResponse(ExampleResponse response) {
    start = new StartState(start.delay(), start.preflightDelay(), start.cors(), response);
  }

  /** Keep at most {@code max} calls in each call log; checked by {@link CallLogLimits}. */
  public void maxRecordedCalls(int max) {
    callLog = new CallLogLimits(max, callLog.maxBytes(), callLog.maxBodyBytes());
  }

  /** Keep at most about {@code max} bytes in each call log. */
  public void maxRecordedBytes(long max) {
    callLog = new CallLogLimits(callLog.maxCalls(), max, callLog.maxBodyBytes());
  }

  /** Keep at most the first {@code max} bytes of each body. */
  public void maxRecordedBodyBytes(int max) {
    callLog = new CallLogLimits(callLog.maxCalls(), callLog.maxBytes(), max);
  }

  MatchOptions matching() {
    return matching;
  }

  CollectionWarnings.Policy warnings() {
    return warnings;
  }

  ServerOptions.Behaviour behaviour() {
    return new ServerOptions.Behaviour(seed, clock, Sleeper.REAL, callLog, start);
  }
}
