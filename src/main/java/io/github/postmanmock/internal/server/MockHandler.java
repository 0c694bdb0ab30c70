package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.HeaderValues;
import io.github.postmanmock.internal.render.RenderContext;
import io.github.postmanmock.internal.render.RenderedResponse;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ServedCall.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Answers every call: read, match, render, record, write. A failure while answering one call gives
 * that call a 500 and never stops the server. The call is recorded before the response is written,
 * so a client that has its response always finds its call in the log.
 */
final class MockHandler implements HttpHandler {
  static final String API_KEY_HEADER = "x-api-key";
  private static final String MASK = "***";

  private final ServerSettings settings;
  private final Engines engines;
  private final ResponseRenderer renderer;
  private final Consumer<ServedCall> recorder;
  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();

  MockHandler(
      ServerSettings settings,
      Engines engines,
      ResponseRenderer renderer,
      Consumer<ServedCall> recorder,
      Clock clock) {
    this.settings = settings;
    this.engines = engines;
    this.renderer = renderer;
    this.recorder = recorder;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long seq = sequence.incrementAndGet();
    try (exchange) {
      ServedCall served = answer(exchange, seq);
      recorder.accept(served);
      write(exchange, served.call().method(), served.response());
    }
  }

  private ServedCall answer(HttpExchange exchange, long seq) {
    HttpCall call = RequestReader.withoutBody(exchange);
    try {
      if (!authorised(call)) {
        return error(
            seq,
            call,
            ErrorResponses.unauthorised(),
            "The mock is private: missing or unknown x-api-key");
      }
      call = RequestReader.read(exchange, settings.maxBodyBytes());
      return decide(seq, call);
    } catch (RequestReader.TooLarge e) {
      return error(
          seq,
          call,
          ErrorResponses.tooLarge(settings.maxBodyBytes()),
          "Request body larger than the limit of [" + settings.maxBodyBytes() + " bytes]");
    } catch (IOException e) {
      return error(seq, call, ErrorResponses.badRequest(e), "The request could not be read: " + e);
    } catch (RuntimeException e) {
      return error(seq, call, ErrorResponses.internalError(e), "The mock failed: " + e);
    }
  }

  private boolean authorised(HttpCall call) {
    return settings.apiKeys().isEmpty()
        || settings.apiKeys().contains(String.valueOf(call.header(API_KEY_HEADER)));
  }

  private ServedCall decide(long seq, HttpCall call) {
    MatchEngine current = engines.base().get();
    Decision decision = Precedence.decide(engines.preferred().get(), current, call);
    if (!decision.matched()) {
      RenderedResponse notFound =
          ErrorResponses.notFound(NearMissReport.summary(call, decision, current.examples()));
      return new ServedCall(
          seq,
          clock.instant(),
          masked(call),
          notFound,
          Outcome.UNMATCHED,
          null,
          null,
          Double.NaN,
          NearMissReport.describe(call, decision, current.examples()),
          Duration.ZERO);
    }
    RenderContext context = new RenderContext(call, current.variables(), decision.captures());
    RenderedResponse response = renderer.render(decision.response(), context);
    ExampleExtras extras =
        decision.example() == null
            ? ExampleExtras.NONE
            : engines.extras().get().apply(decision.example());
    if (extras.body() != null) {
      response = new RenderedResponse(response.status(), response.headers(), extras.body());
    }
    pause(extras.delay());
    Outcome outcome = decision.example() == null ? Outcome.SERVER_RESPONSE : Outcome.EXAMPLE;
    return new ServedCall(
        seq,
        clock.instant(),
        masked(call),
        response,
        outcome,
        decision.example(),
        decision.rule(),
        decision.score(),
        "",
        extras.delay());
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The engines a handler reads on every call, so that live edits apply to the next call.
   *
   * @param base the engine over the examples of the server
   * @param preferred the engine over examples added during a test, or a {@code null} value
   * @param extras the delay and binary body of a chosen example
   */
  record Engines(
      AtomicReference<MatchEngine> base,
      AtomicReference<MatchEngine> preferred,
      AtomicReference<Function<Example, ExampleExtras>> extras) {}

  private ServedCall error(long seq, HttpCall call, RenderedResponse response, String report) {
    return new ServedCall(
        seq,
        clock.instant(),
        masked(call),
        response,
        Outcome.ERROR,
        null,
        null,
        Double.NaN,
        report,
        Duration.ZERO);
  }

  /** The call as the log keeps it: the API key is never stored. */
  private static HttpCall masked(HttpCall call) {
    if (call.header(API_KEY_HEADER) == null) {
      return call;
    }
    List<Header> headers = new ArrayList<>();
    for (Header h : call.headers()) {
      headers.add(h.key().equalsIgnoreCase(API_KEY_HEADER) ? Header.of(h.key(), MASK) : h);
    }
    return new HttpCall(call.method(), call.path(), call.rawQuery(), headers, call.body());
  }

  private static void write(HttpExchange exchange, String method, RenderedResponse response)
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
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
