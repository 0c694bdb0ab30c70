package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.Headers;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.RenderContext;
import io.github.postmanmock.internal.render.RenderedResponse;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ServedCall.Outcome;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mock without a socket, for tests: answers a request as {@code MockHandler} answers one read
 * from the network (headers as the JDK server hands them over, preflight, sequences, the 404 with
 * its near-miss report, CORS headers, the delay header's note), for a public mock with its default
 * options, and gives the call as the server records it. No time passes: a delay is noted, not
 * waited, and the latency is zero. {@code MockHandlerParityTest} keeps this class honest.
 */
public final class OfflineMock {
  private final MockState state;
  private final ResponseRenderer renderer = ResponseRenderer.standard();
  private final Scenarios scenarios = new Scenarios();
  private final Clock clock;
  private long sequence;

  /** A public mock answering from {@code engine}, whose calls are served at {@code clock}. */
  public OfflineMock(MatchEngine engine, Clock clock) {
    this.state = MockState.of(engine);
    this.clock = clock;
  }

  /**
   * Answer {@code method target} with {@code headers} (names as the client wrote them) and {@code
   * body}; the next arrival number is the call's.
   */
  public synchronized ServedCall answer(
      String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {
    URI uri = URI.create(target);
    HttpCall call =
        new HttpCall(method, RequestReader.path(uri), uri.getRawQuery(), asRead(headers), body);
    ServedCall served = decide(++sequence, call);
    if (FaultWriter.asks(served.response())) {
      return served.sentAfter(served.servedAt(), Duration.ZERO, List.of(), Duration.ZERO);
    }
    Duration exampleDelay =
        served.example() == null ? Duration.ZERO : served.example().response().delay();
    ResponseDelay delay =
        served.outcome() == Outcome.CORS
            ? new ResponseDelay(state.preflightDelay(), "")
            : ResponseDelay.of(call, exampleDelay.isZero() ? state.delay() : exampleDelay);
    List<String> notes = new ArrayList<>();
    for (String note : List.of(delay.note(), FaultWriter.problem(served.response()))) {
      if (!note.isEmpty()) {
        notes.add(note);
      }
    }
    return served.sentAfter(served.servedAt(), delay.delay(), notes, Duration.ZERO);
  }

  /** The headers as the JDK server hands them to the handler: names re-capitalised, its order. */
  private static List<Header> asRead(List<Map.Entry<String, String>> sent) {
    Headers jdk = new Headers();
    sent.forEach(h -> jdk.add(h.getKey(), h.getValue()));
    List<Header> read = new ArrayList<>();
    jdk.forEach((name, values) -> values.forEach(v -> read.add(Header.of(name, v))));
    return read;
  }

  private ServedCall decide(long seq, HttpCall call) {
    Decision decision = null;
    if (state.cors() != CorsPolicy.OFF && Cors.isPreflight(call)) {
      decision = Precedence.decide(state.preferred(), state.engine(), call);
      if (!decision.matched() && state.cors() == CorsPolicy.AUTO) {
        return served(seq, call, Cors.preflightAnswer(call), Outcome.CORS, null, CallReport.NONE);
      }
    }
    String step = "";
    if (decision == null || !decision.matched()) {
      Scenarios.Answer answer = scenarios.decide(state, call);
      decision = answer.decision();
      step = answer.step() == 0 ? "" : StepNote.of(answer.step(), answer.steps());
    }
    if (!decision.matched()) {
      RenderedResponse notFound = ErrorResponses.notFound(NearMissReport.summary(call, decision));
      return served(
          seq, call, notFound, Outcome.UNMATCHED, decision, CallReport.nearMiss(decision));
    }
    ExampleResponse chosen = decision.response();
    RenderContext context =
        new RenderContext(call, state.engine().variables(), decision.captures());
    RenderedResponse response = renderer.render(chosen, context);
    if (chosen.hasBinaryBody()) {
      response = new RenderedResponse(response.status(), response.headers(), chosen.binaryBody());
    }
    ServedCall served = served(seq, call, response, Outcome.EXAMPLE, decision, CallReport.NONE);
    return step.isEmpty()
        ? served
        : served.sentAfter(served.servedAt(), Duration.ZERO, List.of(step));
  }

  private ServedCall served(
      long seq,
      HttpCall call,
      RenderedResponse response,
      Outcome outcome,
      Decision decision,
      CallReport report) {
    boolean chosen = decision != null && decision.matched();
    return new ServedCall(
        seq,
        clock.instant(),
        call,
        Cors.decorate(response, call, state.cors()),
        outcome,
        chosen ? decision.example() : null,
        chosen ? decision.rule() : null,
        chosen ? decision.score() : Double.NaN,
        report,
        Duration.ZERO,
        Duration.ZERO,
        List.of());
  }
}
