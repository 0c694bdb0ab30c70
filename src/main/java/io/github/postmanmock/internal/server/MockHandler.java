package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.render.HeaderValues;
import io.github.postmanmock.internal.render.RenderedResponse;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ServedCall.Outcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Answers every call: a {@link CallAnswerer} reads it and decides the answer (key, match, render),
 * then this handler applies the delay or fault, records and writes. A delayed answer is recorded
 * and written after its delay by {@link DelayedAnswers}, so the handler thread is free meanwhile. A
 * failure while answering one call gives that call a 500 and never stops the server. The call is
 * recorded before the response is written, so a client that has its response always finds its call
 * in the log.
 *
 * <p>The {@link MockState} is read once when a call arrives and used to its end: a live edit
 * affects the next call, never half of one in flight.
 */
final class MockHandler implements HttpHandler {
  private final AtomicReference<MockState> state;
  private final Consumer<ServedCall> recorder;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DelayedAnswers delays;
  private final AtomicLong sequence = new AtomicLong();
  private final CallAnswerer answerer;

  /** Exchanges whose request body could not be read to its end; see {@link AnswerWriter}. */
  private final Set<HttpExchange> broken = ConcurrentHashMap.newKeySet();

  MockHandler(
      ServerSettings settings,
      AtomicReference<MockState> state,
      Runtime runtime,
      Consumer<ServedCall> recorder,
      Recording recording) {
    this.state = state;
    this.recorder = recorder;
    this.clock = runtime.clock();
    this.sleeper = runtime.sleeper();
    this.delays = runtime.delays();
    this.answerer =
        new CallAnswerer(
            settings, runtime.renderer(), clock, recording, runtime.scenarios(), broken);
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
      ServedCall served = answerer.answer(exchange, seq, current);
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
  static ResponseDelay delayOf(ServedCall served, MockState current) {
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
    Instant now = delay.delay().isZero() ? served.servedAt() : clock.instant();
    ServedCall sent = served.sentAfter(now, delay.delay(), notes(served, delay), since(arrived));
    recorder.accept(sent);
    write(exchange, sent.call().method(), sent.response(), isBroken(exchange));
  }

  /** What the call log notes of a call sent after {@code delay}: an ignored delay, a bad fault. */
  static List<String> notes(ServedCall served, ResponseDelay delay) {
    List<String> notes = List.of();
    for (String note : new String[] {delay.note(), FaultWriter.problem(served.response())}) {
      if (!note.isEmpty()) {
        notes = notes.isEmpty() ? List.of(note) : List.of(notes.get(0), note);
      }
    }
    return notes;
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
