package io.github.postmanmock;

import io.github.postmanmock.internal.collection.CollectionReader;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.runtime.MockContent;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.OfflineMock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Recorded calls without a server, for tests of what users do with calls (assertions, messages): a
 * mock on one collection answers each request as the server would and records it as the server's
 * call log does, with the same near-miss reports, the same header names and the same one-line form.
 *
 * <pre>{@code
 * RecordedCallFixture pets = RecordedCallFixture.of("pets.json", COLLECTION);
 * RecordedCall call = pets.get("/pets/1?limit=10").header("X-Trace", "abc").record();
 * CallLog log = pets.log();
 * }</pre>
 *
 * <p>A request carries exactly the headers it is given: none of those a real client adds ({@code
 * Host}, {@code User-Agent}, {@code Content-Length}) unless the test gives them. {@code
 * MockHandlerParityTest} sends the same requests to a real server and compares.
 */
public final class RecordedCallFixture {
  /** When every call of a fixture is served. */
  public static final Instant SERVED_AT = Instant.parse("2026-01-02T03:04:05.678Z");

  private final String name;
  private final MockContent content;
  private final OfflineMock mock;
  private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();

  private RecordedCallFixture(String name, MockContent content) {
    this.name = name;
    this.content = content;
    this.mock = new OfflineMock(content.engine(), Clock.fixed(SERVED_AT, ZoneOffset.UTC));
  }

  /** A mock answering from the collection {@code json}, loaded as {@code name} (a file name). */
  public static RecordedCallFixture of(String name, String json) {
    Collection collection = CollectionReader.read(name, json.getBytes(StandardCharsets.UTF_8));
    MockContent content =
        new MockContent(
            collection.examples(),
            collection.variables(),
            List.of(),
            Map.of(),
            MatchingOptions.defaults().toInternal(),
            collection.requestsWithoutExamples());
    return new RecordedCallFixture(name, content);
  }

  /** A {@code GET} of {@code target}, a path with its raw query: {@code /pets?limit=2}. */
  public Request get(String target) {
    return request("GET", target);
  }

  /** A {@code POST} of {@code body} to {@code target}. */
  public Request post(String target, String body) {
    return request("POST", target).body(body);
  }

  /** A request with any method. */
  public Request request(String method, String target) {
    return new Request(method, target);
  }

  /** Every call recorded so far, as {@link MockServer#allCalls()} shows them. */
  public CallLog log() {
    return CallLog.of("all calls to " + this, () -> List.copyOf(calls));
  }

  /** {@code MockServer[offline, pets.json]}, in the place of the server's address. */
  @Override
  public String toString() {
    return "MockServer[offline, " + name + "]";
  }

  /** One request to send; {@link #record()} answers and records it. */
  public final class Request {
    private final String method;
    private final String target;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body = new byte[0];

    private Request(String method, String target) {
      this.method = method;
      this.target = target;
    }

    /** Send header {@code name} (spelt as a client writes it) with {@code value} too. */
    public Request header(String name, String value) {
      headers.add(Map.entry(name, value));
      return this;
    }

    /** Send {@code text} as the body, in UTF-8. */
    public Request body(String text) {
      body = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    /** Answer the request and return the call as the log keeps it (also in {@link #log()}). */
    public RecordedCall record() {
      synchronized (RecordedCallFixture.this) {
        var served = mock.answer(method, target, headers, body);
        var kept = CallLogLimits.DEFAULTS.keep(served);
        RecordedCall call = RecordedCall.of(kept, () -> name, content::examples);
        calls.add(call);
        return call;
      }
    }
  }
}
