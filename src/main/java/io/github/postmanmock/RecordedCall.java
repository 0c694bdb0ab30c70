package io.github.postmanmock;

import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.recorded.AnswerView;
import io.github.postmanmock.internal.recorded.RequestView;
import io.github.postmanmock.internal.recorded.Verdict;
import io.github.postmanmock.internal.server.LoggedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * One call the mock answered: the request, the response, and how the response was chosen (the
 * matched example, or the reason nothing matched with the closest examples).
 *
 * <p>Immutable and thread-safe. {@link #toString()} is one line made for failure messages: {@code
 * GET /pets/1 -> 200 (example "Rex")}.
 *
 * <p>The log keeps at most a set number of bytes of each body ({@link
 * MockServerBuilder#maxRecordedBodyBytes}, 64 KiB by default): {@link #requestBodyTruncated()} and
 * {@link #responseBodyTruncated()} say when a body was cut, and the body assertions fail on a cut
 * body rather than compare part of it.
 *
 * <p>A thin face: the request, the answer and the choice of the example are read by {@code
 * internal.recorded}'s views of the logged call.
 *
 * @since 0.1
 */
public final class RecordedCall {
  private final LoggedCall served;
  private final Supplier<String> mock;
  private final Supplier<List<MockExample>> examples;

  private RecordedCall(
      LoggedCall served, Supplier<String> mock, Supplier<List<MockExample>> examples) {
    this.served = served;
    this.mock = mock;
    this.examples = examples;
  }

  /** A call of mock {@code mock}, whose example names are checked against {@code examples}. */
  static RecordedCall of(
      LoggedCall served, Supplier<String> mock, Supplier<List<MockExample>> examples) {
    return new RecordedCall(served, mock, examples);
  }

  LoggedCall served() {
    return served;
  }

  // views made on each read rather than kept: a log holds thousands of calls, the JIT drops these

  private RequestView request() {
    return new RequestView(served);
  }

  private AnswerView answer() {
    return new AnswerView(served);
  }

  private Verdict verdict() {
    return new Verdict(served);
  }

  /** Return the arrival number of the call on its server, from 1. */
  public long sequence() {
    return served.sequence();
  }

  /** Return when the response was sent. */
  public Instant servedAt() {
    return served.servedAt();
  }

  /** Return the request method as sent ({@code GET}, {@code PATCH}, a custom one...). */
  public String method() {
    return served.method();
  }

  /** Return the raw request path, without the query: {@code /pets/1}. */
  public String path() {
    return served.path();
  }

  /** Return the raw query string without {@code ?}, or an empty string. */
  public String query() {
    return served.rawQuery();
  }

  /** Return the request headers by name, in arrival order; {@code x-api-key} is masked. */
  public Map<String, List<String>> requestHeaders() {
    return request().headers();
  }

  /** Return the first value of request header {@code name} (case-insensitive), if sent. */
  public Optional<String> requestHeader(String name) {
    return request().header(name);
  }

  /**
   * Return a copy of the request body bytes the log kept; empty when there was none. Only the first
   * bytes when {@link #requestBodyTruncated()}.
   */
  public byte[] requestBodyBytes() {
    return request().bodyBytes();
  }

  /**
   * Return the request body as text, in the charset its Content-Type names (else UTF-8); only its
   * beginning when {@link #requestBodyTruncated()}.
   */
  public String requestBody() {
    return request().bodyText();
  }

  /**
   * Return whether the request body is the JSON {@code json}, as the mock's body matching compares
   * JSON: key order, whitespace and number notation ({@code 1} and {@code 1.0}) do not count; false
   * when either is not JSON.
   */
  public boolean requestBodyEqualsJson(String json) {
    return request().bodyEqualsJson(json);
  }

  /** Return the size of the request body as it was sent, in bytes, whether kept whole or not. */
  public int requestBodySize() {
    return request().bodySize();
  }

  /**
   * Return whether the log kept only the beginning of the request body, because it was longer than
   * {@link MockServerBuilder#maxRecordedBodyBytes}; the server read and matched it whole.
   */
  public boolean requestBodyTruncated() {
    return request().bodyTruncated();
  }

  /** Return the status code sent. */
  public int status() {
    return served.status();
  }

  /** Return the response headers sent, by name, in order; duplicates are kept. */
  public Map<String, List<String>> responseHeaders() {
    return answer().headers();
  }

  /** Return the first value of response header {@code name} (case-insensitive), if sent. */
  public Optional<String> responseHeader(String name) {
    return answer().header(name);
  }

  /**
   * Return the response body as UTF-8 text; empty when there was none; only its beginning when
   * {@link #responseBodyTruncated()}.
   */
  public String responseBody() {
    return answer().bodyText();
  }

  /** Return the size of the response body as it was rendered, in bytes. */
  public int responseBodySize() {
    return answer().bodySize();
  }

  /**
   * Return whether the log kept only the beginning of the response body, because it was longer than
   * {@link MockServerBuilder#maxRecordedBodyBytes}; the client received it whole. A body that is an
   * example's own text is never cut: the log keeps the example, not a copy.
   */
  public boolean responseBodyTruncated() {
    return answer().bodyTruncated();
  }

  /** Whether no example answered a call that one should have: not a preflight, not forwarded. */
  boolean unanswered() {
    return verdict().unanswered();
  }

  /** Return whether an example (or the active server response) answered the call. */
  public boolean matched() {
    return verdict().matched();
  }

  /** Return the name of the example that answered, if one did. */
  public Optional<String> matchedExample() {
    return verdict().example().map(MockExample::name);
  }

  /**
   * Return whether example {@code example} answered this call. The key is the example's name
   * ({@code "Rex"}) or its place, with the request ({@code "Get pet/Rex"}) or with folders too
   * ({@code "Pets/Get pet/Rex"}), the rule {@code @UseExample} follows.
   *
   * @throws IllegalArgumentException if {@code example} names several examples of the mock; the
   *     message lists them
   */
  public boolean answeredBy(String example) {
    return verdict().answeredBy(example, examples.get(), mock.get());
  }

  /** Return the id of the example that answered, if one did and it has an id. */
  public Optional<String> matchedExampleId() {
    return verdict().example().map(MockExample::id);
  }

  /**
   * Return where the example that answered sits in its collection, folders and request first:
   * {@code Pets / Get pet / Rex}.
   */
  public Optional<String> matchedExampleLocation() {
    return verdict().location();
  }

  /** Return the score of the chosen example, if one was chosen. */
  public OptionalDouble score() {
    return verdict().score();
  }

  /** Return the rule that chose the example ({@code U1_EXACT}, {@code BY_NAME}...), if any. */
  public Optional<String> rule() {
    return verdict().rule();
  }

  /** Return the delay applied before the response was sent. */
  public Duration delay() {
    return served.delay();
  }

  /**
   * Return the time from the call's arrival to its answer being sent: matching and rendering, the
   * {@link #delay()}, and for a call forwarded to a real service (record mode, passthrough) that
   * service's time.
   */
  public Duration latency() {
    return served.took();
  }

  /**
   * Return whether this was a CORS preflight the mock answered by itself (no OPTIONS example
   * matched): neither a match nor an unmatched call.
   */
  public boolean corsPreflight() {
    return verdict().corsPreflight();
  }

  /**
   * Return whether the call was forwarded to the real service in record mode (see {@code
   * docs/recording.md}) or, with passthrough, because no example answered it; its response is the
   * service's, or a 502 when the service could not be reached, with the reason in {@link
   * #noMatchReason()}.
   */
  public boolean proxied() {
    return verdict().proxied();
  }

  /**
   * Return the fault the call was answered with ({@link Fault}): the connection was broken on
   * purpose instead of answered; empty for a normal answer.
   */
  public Optional<Fault> fault() {
    return answer()
        .fault(Fault.HEADER)
        .flatMap(
            name -> Arrays.stream(Fault.values()).filter(f -> f.name().equals(name)).findFirst());
  }

  /**
   * Return which step of a sequence answered the call, from 1: the n-th use of an example limited
   * with {@link ExampleBuilder#times(int)}, or the place in the list of {@link
   * TestScope#useExamples(String...)}; 0 when no sequence answered it.
   */
  public int step() {
    return answer().step();
  }

  /**
   * Return remarks on the call that did not stop it from being answered, such as an {@code
   * x-mock-response-delay} value that was ignored; empty for most calls.
   */
  public List<String> notes() {
    return served.notes();
  }

  /**
   * Return why nothing matched, with the closest examples and the reason each did not match, or
   * what went wrong for an error answer; an empty string when an example answered.
   */
  public String noMatchReason() {
    return served.report();
  }

  /** Return one line for failure messages: {@code GET /pets/1 -> 200 (example "Rex")}. */
  @Override
  public String toString() {
    return verdict().oneLine();
  }
}
