package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.server.ApiKeys;
import io.github.postmanmock.internal.server.CorsPolicy;
import io.github.postmanmock.internal.server.MockState;
import java.time.Duration;

/**
 * The part of a server's live {@link MockState} that the builder configures: what the first call is
 * answered with, before any live edit. {@link MockState} checks the values when it is made.
 *
 * @param delay the mock-level delay, zero for none
 * @param preflightDelay the delay of the preflights the mock answers itself (a network preset's
 *     latency), zero for none
 * @param cors how browsers are answered
 * @param serverResponse the response that answers every call, or {@code null}
 */
public record StartState(
    Duration delay, Duration preflightDelay, CorsPolicy cors, ExampleResponse serverResponse) {

  /** No delay, automatic CORS, no server response. */
  public static final StartState DEFAULT =
      new StartState(Duration.ZERO, Duration.ZERO, CorsPolicy.AUTO, null);

  /** The live state of a server that answers from {@code engine} and accepts {@code keys}. */
  MockState over(MatchEngine engine, ApiKeys keys) {
    return new MockState(engine, keys, delay, cors, serverResponse, null, preflightDelay);
  }
}
