package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.HeaderValues;
import io.github.postmanmock.internal.render.RenderContext;
import io.github.postmanmock.internal.render.RenderedResponse;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ServedCall.Outcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Answers every call: read, check the key, match, render, record, write. A delayed answer is
 * recorded and written after its delay by {@link DelayedAnswers}, so the handler thread is free
 * meanwhile. A failure while answering one call gives that call a 500 and never stops the server.
 * The call is recorded before the response is written, so a client that has its response always
 * finds its call in the log.
 *
 * <p>The {@link MockState} is read once when a call arrives and used to its end: a live edit
 * affects the next call, never half of one in flight.
 */
final class MockHandler implements HttpHandler {
  static final String API_KEY_HEADER = "x-api-key";
  private static final String MASK = "***";

  private final ServerSettings settings;
  private final AtomicReference<MockState> state;
  private final ResponseRenderer renderer;
  private final Consumer<ServedCall> recorder;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DelayedAnswers delays;
  private final AtomicLong sequence = new AtomicLong();
  private final Recording recording;
  private final Scenarios scenarios;

  /** Exchanges whose request body could not be read to its end; see {@link AnswerWriter}. */
  private final Set<HttpExchange> broken = ConcurrentHashMap.newKeySet();

  MockHandler(
      ServerSettings settings,
      AtomicReference<MockState> state,
      Runtime runtime,
      Consumer<ServedCall> recorder,
      Recording recording) {
    this.recording = recording;
    this.settings = settings;
    this.state = state;
    this.renderer = runtime.renderer();
    this.recorder = recorder;
    this.clock = runtime.clock();
    this.sleeper = runtime.sleeper();
    this.delays = runtime.delays();
    this.scenarios = runtime.scenarios();
  }

  /**
   * What a handler needs besides its state: renderer, clock, sleeper and the timer that finishes
   * delayed answers, and the sequences in play.
   */
  record Runtime(
      ResponseRenderer renderer,
      Clock clock,
      Sleeper sleeper,
      DelayedAnswers delays,
      Scenarios scenarios) {}

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long arrived = System.nanoTime();
    long seq = sequence.incrementAndGet();
    MockState current = state.get();
    boolean handedOver = false;
    try {
      ServedCall served = answer(exchange, seq, current);
      if (FaultWriter.asks(served.response())) {
        recorder.accept(
            served.sentAfter(clock.instant(), Duration.ZERO, List.of(), since(arrived)));
        FaultWriter.write(exchange, served.response());
        return;
      }
      ResponseDelay delay = delayOf(served, current);
      Duration wait = delay.delay().isZero() ? Duration.ZERO : sleeper.waitFor(delay.delay());
      if (wait.isZero() || isBroken(exchange)) {
        send(exchange, served, delay, arrived);
      } else {
        delays.after(wait, exchange, () -> sendLater(exchange, served, delay, arrived));
        handedOver = true;
      }
    } finally {
      if (!handedOver) {
        if (!broken.isEmpty()) {
          broken.remove(exchange);
        }
        exchange.close();
      }
    }
  }

  /**
   * The delay of a call: for automatic preflights only a network preset's latency (never a fixed
   * delay nor {@code x-mock-response-delay}), else the example's or the mock's.
   */
  private ResponseDelay delayOf(ServedCall served, MockState current) {
    if (served.outcome() == Outcome.CORS) {
      return new ResponseDelay(current.preflightDelay(), "");
    }
    Duration exampleDelay =
        served.example() == null ? Duration.ZERO : served.example().response().delay();
    return ResponseDelay.of(served.call(), exampleDelay.isZero() ? current.delay() : exampleDelay);
  }

  /**
   * Record the call as sent now, then write it. Without a delay "now" is the moment it was
   * answered, a few microseconds earlier: one clock read per call fewer.
   */
  private void send(HttpExchange exchange, ServedCall served, ResponseDelay delay, long arrived)
      throws IOException {
    List<String> notes = List.of();
    for (String note : new String[] {delay.note(), FaultWriter.problem(served.response())}) {
      if (!note.isEmpty()) {
        notes = notes.isEmpty() ? List.of(note) : List.of(notes.get(0), note);
      }
    }
    Instant now = delay.delay().isZero() ? served.servedAt() : clock.instant();
    ServedCall sent = served.sentAfter(now, delay.delay(), notes, since(arrived));
    recorder.accept(sent);
    write(exchange, sent.call().method(), sent.response(), isBroken(exchange));
  }

  /** Whether the request body of {@code exchange} could not be read to its end. */
  private boolean isBroken(HttpExchange exchange) {
    return !broken.isEmpty() && broken.contains(exchange);
  }

  /** The time since {@code arrived}, a {@link System#nanoTime()} reading. */
  private static Duration since(long arrived) {
    return Duration.ofNanos(System.nanoTime() - arrived);
  }

  /** Send after the delay, unless the server closed meanwhile: then no answer, nothing recorded. */
  private void sendLater(
      HttpExchange exchange, ServedCall served, ResponseDelay delay, long arrived) {
    try (exchange) {
      if (!delays.isClosed()) {
        send(exchange, served, delay, arrived);
      }
    } catch (IOException clientGone) {
      // the client closed the connection during the delay: nothing left to answer
    }
  }

  private ServedCall answer(HttpExchange exchange, long seq, MockState current) {
    HttpCall call = RequestReader.withoutBody(exchange);
    try {
      boolean preflight = current.cors() != CorsPolicy.OFF && Cors.isPreflight(call);
      if (!preflight && !current.apiKeys().accepts(call.header(API_KEY_HEADER))) {
        return error(
            seq,
            call,
            ErrorResponses.unauthorised(),
            "The mock is private: missing or unknown x-api-key",
            current);
      }
      call = RequestReader.withBody(call, exchange, settings.maxBodyBytes());
      if (recording != null && !recording.settings().unmatchedOnly()) {
        return proxied(seq, call, current);
      }
      return decide(seq, call, current, preflight);
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
        Duration.ZERO);
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
        Duration.ZERO);
  }

  /** The call as matching and templates see it on a private mock: without its API key. */
  private static HttpCall withoutApiKey(HttpCall call) {
    if (call.header(API_KEY_HEADER) == null) {
      return call;
    }
    List<Header> headers = new ArrayList<>();
    for (Header h : call.headers()) {
      if (!h.key().equalsIgnoreCase(API_KEY_HEADER)) {
        headers.add(h);
      }
    }
    return new HttpCall(call.method(), call.path(), call.rawQuery(), headers, call.body());
  }

  /**
   * The call as the log keeps it: on a private mock the API key is never stored; on a public mock
   * an {@code x-api-key} is the client's own (say, the key of the real API), kept for assertions.
   */
  private static HttpCall masked(HttpCall call, MockState current) {
    if (!current.apiKeys().isPrivate() || call.header(API_KEY_HEADER) == null) {
      return call;
    }
    List<Header> headers = new ArrayList<>();
    for (Header h : call.headers()) {
      headers.add(h.key().equalsIgnoreCase(API_KEY_HEADER) ? Header.of(h.key(), MASK) : h);
    }
    return new HttpCall(call.method(), call.path(), call.rawQuery(), headers, call.body());
  }

  private static void write(
      HttpExchange exchange, String method, RenderedResponse response, boolean requestBroken)
      throws IOException {
    for (Header h : response.headers()) {
      exchange.getResponseHeaders().add(h.key(), HeaderValues.sanitize(h.value()));
    }
    int status = response.status();
    byte[] body = response.body();
    boolean noBody =
        method.equalsIgnoreCase("HEAD")
            || status == 204
            || status == 304
            || status < 200
            || body.length == 0;
    AnswerWriter.write(exchange, status, body, noBody, requestBroken);
  }
}
