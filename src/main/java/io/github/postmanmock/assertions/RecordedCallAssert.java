package io.github.postmanmock.assertions;

import static io.github.postmanmock.assertions.FailureMessages.expecting;
import static io.github.postmanmock.assertions.FailureMessages.quote;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.RecordedCall;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions about one recorded call. Each failure message names the call by its one-line form,
 * says what was expected, then what the call had; reached from a call log, it ends with the log:
 *
 * <pre>
 * Expecting call [GET /pets/1 -&gt; 200 (example "Rex")] to have status:
 *   404
 * but was:
 *   200
 * </pre>
 *
 * <p>{@code hasBody}, {@code hasJsonBody}, {@code hasHeader} and {@code hasQueryParam} are about
 * the request the client sent; {@link #responseBody()} reaches the response. A body the call log
 * kept only the beginning of ({@link RecordedCall#requestBodyTruncated()}) fails every body
 * assertion, saying so, instead of comparing part of it.
 *
 * <p>Not thread-safe, as no AssertJ assertion is; public for AssertJ's navigation, not meant for
 * subclassing.
 *
 * @since 0.1
 */
public class RecordedCallAssert extends AbstractAssert<RecordedCallAssert, RecordedCall> {
  private final List<RecordedCall> log;

  /** Create an assertion about {@code call}; prefer {@link PostmanMockAssertions#assertThat}. */
  public RecordedCallAssert(RecordedCall call) {
    this(call, null);
  }

  RecordedCallAssert(RecordedCall call, List<RecordedCall> log) {
    super(call, RecordedCallAssert.class);
    this.log = log;
  }

  /**
   * Verify that the call used {@code method}, compared exactly ({@code "GET"}, not {@code "get"}).
   */
  public RecordedCallAssert hasMethod(String method) {
    isNotNull();
    if (!Objects.equals(actual.method(), method)) {
      throw fail(
          actual.method(), method, "to have method", quote(method), "was", quote(actual.method()));
    }
    return myself;
  }

  /** Verify that the call's raw path (without the query) is {@code path}. */
  public RecordedCallAssert hasPath(String path) {
    isNotNull();
    if (!Objects.equals(actual.path(), path)) {
      throw fail(actual.path(), path, "to have path", quote(path), "was", quote(actual.path()));
    }
    return myself;
  }

  /** Verify that the request had query parameter {@code name} (decoded) with any value. */
  public RecordedCallAssert hasQueryParam(String name) {
    isNotNull();
    List<Map.Entry<String, String>> params = QueryListing.of(actual);
    if (params.stream().noneMatch(p -> p.getKey().equals(name))) {
      String had = QueryListing.describe(params);
      throw fail(had, name, "to have query parameter", quote(name), "had", had);
    }
    return myself;
  }

  /** Verify that the request had query parameter {@code name} = {@code value}, both decoded. */
  public RecordedCallAssert hasQueryParam(String name, String value) {
    isNotNull();
    List<Map.Entry<String, String>> params = QueryListing.of(actual);
    if (!params.contains(Map.entry(name, value))) {
      String expected = "[" + quote(name) + " = " + quote(value) + "]";
      String had = QueryListing.describe(params);
      throw fail(had, expected, "to have query parameter", expected, "had", had);
    }
    return myself;
  }

  /** Verify that the request had header {@code name} (case-insensitive) with any value. */
  public RecordedCallAssert hasHeader(String name) {
    isNotNull();
    if (HeaderListing.values(actual.requestHeaders(), name).isEmpty()) {
      String had = HeaderListing.of(actual.requestHeaders(), name);
      throw fail(had, name, "to have header", quote(name), "had", had);
    }
    return myself;
  }

  /** Verify that one value of request header {@code name} (case-insensitive) is {@code value}. */
  public RecordedCallAssert hasHeader(String name, String value) {
    isNotNull();
    if (!HeaderListing.values(actual.requestHeaders(), name).contains(value)) {
      String expected = "[" + quote(name) + ": " + quote(value) + "]";
      String had = HeaderListing.of(actual.requestHeaders(), name);
      throw fail(had, expected, "to have header", expected, "had", had);
    }
    return myself;
  }

  /** Verify that the request body is exactly {@code body}. */
  public RecordedCallAssert hasBody(String body) {
    isNotNull();
    requireWholeRequestBody();
    if (!actual.requestBody().equals(body)) {
      throw fail(
          actual.requestBody(),
          body,
          "to have request body",
          quote(body),
          "was",
          quote(actual.requestBody()));
    }
    return myself;
  }

  /**
   * Verify that the request body is the JSON {@code json}, compared as trees: key order, whitespace
   * and number notation ({@code 1} vs {@code 1.0}) do not count.
   *
   * @throws IllegalArgumentException if {@code json} is not JSON
   */
  public RecordedCallAssert hasJsonBody(String json) {
    isNotNull();
    requireWholeRequestBody();
    JsonNode expected = JsonBodies.expected(json);
    JsonNode body = JsonBodies.parse(actual.requestBody());
    String want = JsonBodies.canonical(expected);
    if (body == null) {
      throw fail(
          actual.requestBody(),
          want,
          "to have JSON request body",
          want,
          "it was not JSON",
          quote(actual.requestBody()));
    }
    if (!actual.requestBodyEqualsJson(json)) {
      String got = JsonBodies.canonical(body);
      throw fail(got, want, "to have JSON request body", want, "was", got);
    }
    return myself;
  }

  /** Verify that the mock answered the call with {@code status}. */
  public RecordedCallAssert hasStatus(int status) {
    isNotNull();
    if (actual.status() != status) {
      throw fail(
          actual.status(), status, "to have status", "" + status, "was", "" + actual.status());
    }
    return myself;
  }

  /**
   * Verify that example {@code example} answered the call: its name ({@code "Rex"}) or its place in
   * the collection ({@code "Pets/Get pet/Rex"}).
   */
  public RecordedCallAssert hasMatchedExample(String example) {
    isNotNull();
    if (!CallMatchers.servedExample(actual, example)) {
      String matched = actual.matchedExampleLocation().map(l -> l.replace(" / ", "/")).orElse(null);
      String was = matched == null ? "no example: " + actual.noMatchReason() : quote(matched);
      throw fail(matched, example, "to be answered by example", quote(example), "was", was);
    }
    return myself;
  }

  /** Verify that no example answered the call. */
  public RecordedCallAssert isUnmatched() {
    isNotNull();
    if (actual.matched()) {
      String by = actual.matchedExample().map(FailureMessages::quote).orElse("server response");
      throw failureWithActualExpected(
          actual.matchedExample().orElse("server response"),
          "no example",
          "%s",
          String.format(
                  "%nExpecting call [%s] to be unmatched%nbut it was answered by:%n  %s",
                  actual, by)
              + logText());
    }
    return myself;
  }

  /**
   * Return AssertJ's string assertions on the request body text, described by this call; {@link
   * BodyAssert#returnToCall()} comes back here.
   */
  public BodyAssert requestBody() {
    isNotNull();
    requireWholeRequestBody();
    return new BodyAssert(actual.requestBody(), myself).as("request body of [%s]", actual);
  }

  /**
   * Return AssertJ's string assertions on the response body text, described by this call; {@link
   * BodyAssert#returnToCall()} comes back here.
   */
  public BodyAssert responseBody() {
    isNotNull();
    requireWhole(
        "response",
        actual.responseBodyTruncated(),
        actual.responseBodySize(),
        actual.responseBody());
    return new BodyAssert(actual.responseBody(), myself).as("response body of [%s]", actual);
  }

  private void requireWholeRequestBody() {
    requireWhole(
        "request", actual.requestBodyTruncated(), actual.requestBodySize(), actual.requestBody());
  }

  /** Fail when the log cut the body: a comparison with part of it would mislead. */
  private void requireWhole(String which, boolean truncated, int size, String kept) {
    if (truncated) {
      String message = FailureMessages.cutBody(actual, which, size, kept) + logText();
      throw failure("%s", described(message));
    }
  }

  private AssertionError fail(
      Object actualValue,
      Object expectedValue,
      String expectation,
      String expected,
      String butKey,
      String was) {
    String message =
        expecting("call [" + actual + "]", expectation, expected, butKey, was) + logText();
    return failureWithActualExpected(actualValue, expectedValue, "%s", message);
  }

  /** AssertJ leaves the description out of {@code failureWithActualExpected}; put it back. */
  private String described(String message) {
    return FailureMessages.described(info.descriptionText(), message);
  }

  private String logText() {
    return log == null ? "" : FailureMessages.log(log);
  }
}
