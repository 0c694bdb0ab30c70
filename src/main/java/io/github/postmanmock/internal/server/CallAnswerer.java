package io.github.postmanmock.internal.server;

import static io.github.postmanmock.internal.server.ApiKeyHeader.masked;
import static io.github.postmanmock.internal.server.ApiKeyHeader.withoutApiKey;

import com.sun.net.httpserver.HttpExchange;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.RenderContext;
import io.github.postmanmock.internal.render.RenderedResponse;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ServedCall.Outcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a call is answered with, decided once its request is read: the key check, record mode or
 * passthrough, a CORS preflight, the server response, the scenario or engine's example rendered, or
 * an error; the result is a {@link ServedCall}, which {@link MockHandler} then delays, records and
 * writes. A request that cannot be read to its end marks its exchange as broken.
 */
final class CallAnswerer {
  private final ServerSettings settings;
  private final ResponseRenderer renderer;
  private final Clock clock;
  private final Recording recording;
  private final Scenarios scenarios;
  private final Set<HttpExchange> broken;

  CallAnswerer(
      ServerSettings settings,
      ResponseRenderer renderer,
      Clock clock,
      Recording recording,
      Scenarios scenarios,
      Set<HttpExchange> broken) {
    this.settings = settings;
    this.renderer = renderer;
    this.clock = clock;
    this.recording = recording;
    this.scenarios = scenarios;
    this.broken = broken;
  }

  ServedCall answer(HttpExchange exchange, long seq, MockState current) {
    HttpCall call = RequestReader.withoutBody(exchange);
    try {
      boolean preflight = current.cors() != CorsPolicy.OFF && Cors.isPreflight(call);
      if (!preflight && !current.apiKeys().accepts(call.header(ApiKeyHeader.NAME))) {
        return error(
            seq,
            call,
            ErrorResponses.unauthorised(),
            "The mock is private: missing or unknown x-api-key",
            current);
      }
      call = RequestReader.withBody(call, exchange, settings.maxBodyBytes());
      return answerRead(seq, call, current);
    } catch (RequestReader.TooLarge e) {
      if (!e.drained()) {
        broken.add(exchange);
      }
      return error(
          seq,
          call,
          ErrorResponses.tooLarge(settings.maxBodyBytes(), settings.bodyLimitStatus()),
          "Request body larger than the limit of [" + settings.maxBodyBytes() + " bytes]",
          current);
    } catch (IOException e) {
      broken.add(exchange);
      return error(
          seq, call, ErrorResponses.badRequest(e), "The request could not be read: " + e, current);
    } catch (RuntimeException e) {
      return error(seq, call, ErrorResponses.internalError(e), "The mock failed: " + e, current);
    }
  }

  /** Answer {@code call}, read whole and let in (its key checked): forward it or decide. */
  ServedCall answerRead(long seq, HttpCall call, MockState current) {
    if (recording != null && !recording.settings().unmatchedOnly()) {
      return proxied(seq, call, current);
    }
    return decide(seq, call, current, current.cors() != CorsPolicy.OFF && Cors.isPreflight(call));
  }

  private ServedCall decide(long seq, HttpCall call, MockState current, boolean preflight) {
    HttpCall visible = current.apiKeys().isPrivate() ? withoutApiKey(call) : call;
    MatchEngine engine = current.engine();
    Decision decision = null;
    if (preflight) {
      decision = Precedence.decide(current.preferred(), engine, visible);
      if (!decision.matched() && current.cors() == CorsPolicy.AUTO) {
        return served(
            seq, call, Cors.preflightAnswer(call), Outcome.CORS, null, CallReport.NONE, current);
      }
    }
    String step = "";
    if (decision == null || !decision.matched()) {
      if (current.serverResponse() != null) {
        decision = Decision.serverResponse(current.serverResponse());
      } else {
        Scenarios.Answer answer = scenarios.decide(current, visible);
        decision = answer.decision();
        step = answer.step() == 0 ? "" : StepNote.of(answer.step(), answer.steps());
      }
    }
    if (!decision.matched() && recording != null) {
      return proxied(seq, call, current);
    }
    if (!decision.matched()) {
      RenderedResponse notFound = ErrorResponses.notFound(NearMissReport.summary(call, decision));
      return served(
          seq, call, notFound, Outcome.UNMATCHED, decision, CallReport.nearMiss(decision), current);
    }
    RenderContext context = new RenderContext(visible, engine.variables(), decision.captures());
    ExampleResponse chosen = decision.response();
    RenderedResponse response = renderer.render(chosen, context);
    if (chosen.hasBinaryBody()) {
      response = new RenderedResponse(response.status(), response.headers(), chosen.binaryBody());
    }
    Outcome outcome = decision.example() == null ? Outcome.SERVER_RESPONSE : Outcome.EXAMPLE;
    ServedCall served = served(seq, call, response, outcome, decision, CallReport.NONE, current);
    return step.isEmpty()
        ? served
        : served.sentAfter(served.servedAt(), Duration.ZERO, List.of(step));
  }

  /**
   * Record mode or passthrough: the target's answer as it came (no CORS headers added), or a 502.
   */
  private ServedCall proxied(long seq, HttpCall call, MockState current) {
    HttpCall sent = current.apiKeys().isPrivate() ? withoutApiKey(call) : call;
    Recording.Forwarded answer = recording.forward(sent);
    return new ServedCall(
        seq,
        clock.instant(),
        masked(call, current),
        answer.response(),
        Outcome.PROXIED,
        null,
        null,
        Double.NaN,
        CallReport.of(answer.failure()),
        Duration.ZERO,
        Duration.ZERO,
        List.of());
  }

  private ServedCall error(
      long seq, HttpCall call, RenderedResponse response, String report, MockState current) {
    return served(seq, call, response, Outcome.ERROR, null, CallReport.of(report), current);
  }

  private ServedCall served(
      long seq,
      HttpCall call,
      RenderedResponse response,
      Outcome outcome,
      Decision decision,
      CallReport report,
      MockState current) {
    RenderedResponse sent =
        current.cors() == CorsPolicy.OFF ? response : Cors.decorate(response, call, current.cors());
    boolean chosen = decision != null && decision.matched();
    return new ServedCall(
        seq,
        clock.instant(),
        masked(call, current),
        sent,
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
