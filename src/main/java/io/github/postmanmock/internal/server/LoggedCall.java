package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.match.Rule;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.server.ServedCall.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One call as the call log keeps it, made small for long runs (see {@code
 * docs/design/0006-call-log-memory.md}): headers packed into byte arrays, bodies past the log's
 * limit cut (their full size kept), a response body that is the untouched text or bytes of the
 * example that answered kept as that example (which the server holds anyway) instead of a copy per
 * call, and the near-miss report written only when read. Build one with {@link #of}.
 *
 * @param packedRequestHeaders the request headers, {@link PackedHeaders packed}, API key masked
 * @param storedResponseBody the response body, or {@code null} for the example's own text
 * @param explanation why the call was answered so, written when read
 * @param bytes an estimate of the heap the call holds, which the log's byte limit counts
 */
public record LoggedCall(
    long sequence,
    long servedAtSecond,
    int servedAtNano,
    String method,
    String path,
    String rawQuery,
    byte[] packedRequestHeaders,
    StoredBody requestBody,
    int status,
    byte[] packedResponseHeaders,
    StoredBody storedResponseBody,
    Outcome outcome,
    MockExample example,
    Rule rule,
    double score,
    CallReport explanation,
    Duration delay,
    long tookNanos,
    List<String> notes,
    long bytes) {
  /** The objects of a call besides its text: this record, its instant, arrays and list slots. */
  static final long OVERHEAD_BYTES = 200;

  /** The call {@code served} as the log keeps it, each body cut past {@code maxBodyBytes}. */
  public static LoggedCall of(ServedCall served, int maxBodyBytes) {
    HttpCall call = served.call();
    byte[] requestHeaders = PackedHeaders.pack(call.headers());
    StoredBody request = StoredBody.of(call.body(), maxBodyBytes);
    byte[] responseHeaders = PackedHeaders.pack(served.response().headers());
    StoredBody response =
        isExampleText(served) ? null : StoredBody.of(served.response().body(), maxBodyBytes);
    // a near-miss report read later would compare the cut body: write it now
    CallReport why =
        request.truncated() && !served.explanation().isEmpty()
            ? CallReport.of(served.report())
            : served.explanation();
    long bytes =
        OVERHEAD_BYTES
            + call.path().length()
            + call.rawQuery().length()
            + heap(requestHeaders)
            + heap(responseHeaders)
            + request.heapBytes()
            + (response == null ? 0 : response.heapBytes())
            + (why instanceof CallReport.Fixed f ? f.text().length() : 0);
    return new LoggedCall(
        served.sequence(),
        served.servedAt().getEpochSecond(),
        served.servedAt().getNano(),
        call.method(),
        call.path(),
        call.rawQuery(),
        requestHeaders,
        request,
        served.response().status(),
        responseHeaders,
        response,
        served.outcome(),
        served.example(),
        served.rule(),
        served.score(),
        why,
        served.delay(),
        served.took().toNanos(),
        served.notes(),
        bytes);
  }

  /** When the response was sent; kept as a number, one object fewer per call in a long log. */
  public Instant servedAt() {
    return Instant.ofEpochSecond(servedAtSecond, servedAtNano);
  }

  /** The time from the call's arrival to its answer; kept as a number, as {@link #servedAt()}. */
  public Duration took() {
    return Duration.ofNanos(tookNanos);
  }

  /**
   * Whether the response body is what the example that answered holds, untouched: its binary body,
   * or its text without a template token.
   */
  private static boolean isExampleText(ServedCall served) {
    MockExample e = served.example();
    if (served.outcome() != Outcome.EXAMPLE || e == null) {
      return false;
    }
    if (e.response().hasBinaryBody()) {
      return true;
    }
    String text = e.response().body();
    return text != null
        && text.indexOf("{{") < 0
        && served.response().body().length >= text.length();
  }

  private static long heap(byte[] array) {
    return array.length == 0 ? 0 : 16L + array.length;
  }

  /** The request as kept: API key masked, body cut when {@link StoredBody#truncated()}. */
  public HttpCall call() {
    return new HttpCall(method, path, rawQuery, requestHeaders(), requestBody.bytes());
  }

  public List<Header> requestHeaders() {
    return PackedHeaders.unpack(packedRequestHeaders);
  }

  /** The first value of request header {@code name} (case-insensitive), or {@code null}. */
  public String requestHeader(String name) {
    return PackedHeaders.first(packedRequestHeaders, name);
  }

  public List<Header> responseHeaders() {
    return PackedHeaders.unpack(packedResponseHeaders);
  }

  /** The first value of response header {@code name} (case-insensitive), or {@code null}. */
  public String responseHeader(String name) {
    return PackedHeaders.first(packedResponseHeaders, name);
  }

  /** The response body as kept: whole, or cut when {@link StoredBody#truncated()}. */
  public StoredBody responseBody() {
    if (storedResponseBody != null) {
      return storedResponseBody;
    }
    var kept = example.response();
    byte[] bytes =
        kept.hasBinaryBody() ? kept.binaryBody() : kept.body().getBytes(StandardCharsets.UTF_8);
    return new StoredBody(bytes, bytes.length);
  }

  /** Why nothing matched or what went wrong, empty on a match; see {@link ServedCall#report()}. */
  public String report() {
    return explanation.text(call());
  }
}
