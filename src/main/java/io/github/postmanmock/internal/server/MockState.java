package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.ExampleResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a call is answered from that a live edit can change: the engine (examples and
 * variables), the accepted API keys, the mock-level delay, the CORS policy and the active server
 * response. Immutable: an edit builds a new state and the server swaps one reference, so a call
 * reads the state once when it arrives and keeps it to the end (see docs/design/0002).
 *
 * @param engine the matching engine over the current examples and variables
 * @param apiKeys the accepted keys; {@link ApiKeys#NONE} for a public mock
 * @param delay the mock-level delay, zero for none
 * @param cors how browsers are answered
 * @param serverResponse the response that answers every call, or {@code null}
 * @param preferred the engine over the examples added during the current test, matched before
 *     {@code engine} (see {@link Precedence}), or {@code null} when there are none
 * @param preflightDelay the delay of the preflights the mock answers itself: a network preset's
 *     latency (every round trip pays it), zero for no delay or a fixed one
 */
public record MockState(
    MatchEngine engine,
    ApiKeys apiKeys,
    Duration delay,
    CorsPolicy cors,
    ExampleResponse serverResponse,
    MatchEngine preferred,
    Duration preflightDelay) {

  public MockState {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(preflightDelay, "preflightDelay");
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(cors, "cors");
  }

  /** A public state without delay or server response, with automatic CORS. */
  public static MockState of(MatchEngine engine) {
    return new MockState(
        engine, ApiKeys.NONE, Duration.ZERO, CorsPolicy.AUTO, null, null, Duration.ZERO);
  }

  public MockState withEngine(MatchEngine next) {
    return new MockState(next, apiKeys, delay, cors, serverResponse, preferred, preflightDelay);
  }

  public MockState withApiKeys(ApiKeys next) {
    return new MockState(engine, next, delay, cors, serverResponse, preferred, preflightDelay);
  }

  /** A copy with a fixed delay: preflights the mock answers itself are not delayed. */
  public MockState withDelay(Duration next) {
    return withDelay(next, Duration.ZERO);
  }

  /** A copy with {@code next} as delay and {@code preflight} as the preflights' delay. */
  public MockState withDelay(Duration next, Duration preflight) {
    return new MockState(engine, apiKeys, next, cors, serverResponse, preferred, preflight);
  }

  public MockState withCors(CorsPolicy next) {
    return new MockState(engine, apiKeys, delay, next, serverResponse, preferred, preflightDelay);
  }

  /** A copy whose every call gets {@code next}; {@code null} turns the server response off. */
  public MockState withServerResponse(ExampleResponse next) {
    return new MockState(engine, apiKeys, delay, cors, next, preferred, preflightDelay);
  }

  /** A copy that matches {@code next} first; {@code null} for no examples added in a test. */
  public MockState withPreferred(MatchEngine next) {
    return new MockState(engine, apiKeys, delay, cors, serverResponse, next, preflightDelay);
  }
}
