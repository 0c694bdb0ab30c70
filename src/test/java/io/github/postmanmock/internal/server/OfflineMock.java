package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.Headers;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.render.ResponseRenderer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A mock without a socket, for tests: answers a request with the server's own {@link CallAnswerer}
 * and {@code MockHandler}'s delay and notes, as one read from the network (headers as the JDK
 * server hands them over, preflight, sequences, the 404 with its near-miss report, CORS headers,
 * the delay header's note), for a public mock with its default options, and gives the call as the
 * server records it. No time passes: a delay is noted, not waited, and the latency is zero. {@code
 * MockHandlerParityTest} keeps this class honest.
 */
public final class OfflineMock {
  private final MockState state;
  private final CallAnswerer answerer;
  private long sequence;

  /** A public mock answering from {@code engine}, whose calls are served at {@code clock}. */
  public OfflineMock(MatchEngine engine, Clock clock) {
    this.state = MockState.of(engine);
    ServerSettings settings =
        new ServerSettings("127.0.0.1", 0, -1, 413, Set.of(), "offline", null, Set.of());
    this.answerer =
        new CallAnswerer(
            settings,
            ResponseRenderer.standard(),
            clock,
            null,
            new Scenarios(),
            ConcurrentHashMap.newKeySet());
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
    ServedCall served = answerer.answerRead(++sequence, call, state);
    if (FaultWriter.asks(served.response())) {
      return served.sentAfter(served.servedAt(), Duration.ZERO, List.of(), Duration.ZERO);
    }
    ResponseDelay delay = MockHandler.delayOf(served, state);
    return served.sentAfter(
        served.servedAt(), delay.delay(), MockHandler.notes(served, delay), Duration.ZERO);
  }

  /** The headers as the JDK server hands them to the handler: names re-capitalised, its order. */
  private static List<Header> asRead(List<Map.Entry<String, String>> sent) {
    Headers jdk = new Headers();
    sent.forEach(h -> jdk.add(h.getKey(), h.getValue()));
    List<Header> read = new ArrayList<>();
    jdk.forEach((name, values) -> values.forEach(v -> read.add(Header.of(name, v))));
    return read;
  }
}
