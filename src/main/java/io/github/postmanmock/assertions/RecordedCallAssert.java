package io.github.postmanmock.assertions;

import io.github.postmanmock.RecordedCall;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions about one recorded call. Each failure message names the call by its one-line form,
 * says what was expected, then what the call had:
 *
 * <pre>
 * Expecting call [GET /pets/1 -&gt; 200 (example "Rex")] to have status:
 *   404
 * but was:
 *   200
 * </pre>
 *
 * <p>Not thread-safe, as no AssertJ assertion is; public for AssertJ's navigation, not meant for
 * subclassing.
 *
 * @since 0.1
 */
public class RecordedCallAssert extends AbstractAssert<RecordedCallAssert, RecordedCall> {

  /** Create an assertion about {@code call}; prefer {@link PostmanMockAssertions#assertThat}. */
  public RecordedCallAssert(RecordedCall call) {
    super(call, RecordedCallAssert.class);
  }

  /**
   * Verify that the call used {@code method}, compared exactly ({@code "GET"}, not {@code "get"}).
   *
   * @throws AssertionError if the call is {@code null} or used another method
   */
  public RecordedCallAssert hasMethod(String method) {
    isNotNull();
    if (!Objects.equals(actual.method(), method)) {
      throw failureWithActualExpected(
          actual.method(),
          method,
          "%nExpecting call [%s] to have method:%n  %s%nbut was:%n  %s",
          actual,
          quote(method),
          quote(actual.method()));
    }
    return myself;
  }

  /**
   * Verify that the call's raw path (without the query) is {@code path}.
   *
   * @throws AssertionError if the call is {@code null} or had another path
   */
  public RecordedCallAssert hasPath(String path) {
    isNotNull();
    if (!Objects.equals(actual.path(), path)) {
      throw failureWithActualExpected(
          actual.path(),
          path,
          "%nExpecting call [%s] to have path:%n  %s%nbut was:%n  %s",
          actual,
          quote(path),
          quote(actual.path()));
    }
    return myself;
  }

  /**
   * Verify that the mock answered the call with {@code status}.
   *
   * @throws AssertionError if the call is {@code null} or got another status
   */
  public RecordedCallAssert hasStatus(int status) {
    isNotNull();
    if (actual.status() != status) {
      throw failureWithActualExpected(
          actual.status(),
          status,
          "%nExpecting call [%s] to have status:%n  %s%nbut was:%n  %s",
          actual,
          status,
          actual.status());
    }
    return myself;
  }

  /**
   * Verify that the example named {@code name} answered the call.
   *
   * @throws AssertionError if the call is {@code null}, was not matched, or another example
   *     answered it
   */
  public RecordedCallAssert hasMatchedExample(String name) {
    isNotNull();
    String matched = actual.matchedExample().orElse(null);
    if (!Objects.equals(matched, name)) {
      String was = matched == null ? "no example: " + actual.noMatchReason() : quote(matched);
      throw failureWithActualExpected(
          matched,
          name,
          "%nExpecting call [%s] to be answered by example:%n  %s%nbut was:%n  %s",
          actual,
          quote(name),
          was.replace("\n", "\n  "));
    }
    return myself;
  }

  /**
   * Verify that no example answered the call.
   *
   * @throws AssertionError if the call is {@code null} or an example answered it
   */
  public RecordedCallAssert isUnmatched() {
    isNotNull();
    if (actual.matched()) {
      throw failureWithActualExpected(
          actual.matchedExample().orElse("server response"),
          "no example",
          "%nExpecting call [%s] to be unmatched%nbut it was answered by:%n  %s",
          actual,
          actual.matchedExample().map(RecordedCallAssert::quote).orElse("server response"));
    }
    return myself;
  }

  private static String quote(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
