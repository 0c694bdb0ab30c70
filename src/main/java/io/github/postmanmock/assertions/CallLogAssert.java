package io.github.postmanmock.assertions;

import static io.github.postmanmock.assertions.FailureMessages.quote;

import io.github.postmanmock.RecordedCall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractListAssert;

/**
 * Assertions over a snapshot of a call log. Every AssertJ list assertion works, and navigation
 * ({@code singleElement()}, {@code first()}, {@code element(i)}, {@code filteredOn(...)}) keeps
 * returning call assertions:
 *
 * <pre>{@code
 * assertThat(mock.calls()).singleElement()
 *     .hasMethod("GET").hasPath("/pets/1").hasStatus(200).hasMatchedExample("Rex");
 * assertThat(mock.calls())
 *     .containsCallTo("GET /pets/1")
 *     .servedExample("Pets/Get pet/Rex", Times.once())
 *     .hasCallsInOrder("POST /orders", "GET /orders/1")
 *     .hasNoUnmatchedCalls();
 * }</pre>
 *
 * Every failure ends with the log: the number of calls and one line per call.
 *
 * <p>Not thread-safe, as no AssertJ assertion is; not meant for subclassing.
 *
 * @since 0.1
 */
public class CallLogAssert
    extends AbstractListAssert<
        CallLogAssert, List<RecordedCall>, RecordedCall, RecordedCallAssert> {

  /** Create an assertion over {@code calls}; prefer {@code assertThat(mock.calls())}. */
  public CallLogAssert(List<RecordedCall> calls) {
    super(calls, CallLogAssert.class);
  }

  /** Verify that at least one call was {@code "METHOD /path"} (a {@code ?query} must match too). */
  public CallLogAssert containsCallTo(String call) {
    return containsCallTo(call, Times.atLeast(1));
  }

  /** Verify that {@code "METHOD /path"} was called the number of {@code times} given. */
  public CallLogAssert containsCallTo(String call, Times times) {
    CallMatchers.parseCallTo(Objects.requireNonNull(call, "call"));
    return count(quote(call), c -> CallMatchers.isCallTo(c, call), "calls to", times);
  }

  /**
   * Verify that example {@code example} (a name, or its place {@code "Pets/Get pet/Rex"}) answered
   * at least one call.
   */
  public CallLogAssert servedExample(String example) {
    return servedExample(example, Times.atLeast(1));
  }

  /** Verify that example {@code example} answered the number of calls {@code times} gives. */
  public CallLogAssert servedExample(String example, Times times) {
    Objects.requireNonNull(example, "example");
    return count(
        quote(example),
        c -> CallMatchers.servedExample(c, example),
        "calls answered by example",
        times);
  }

  /**
   * Verify that calls matching {@code keys} happened in this order, other calls allowed in between.
   * A key is a call ({@code "GET /pets/1"}) or an example (name or place).
   */
  public CallLogAssert hasCallsInOrder(String... keys) {
    isNotNull();
    int next = 0;
    for (RecordedCall c : actual) {
      if (next < keys.length && CallMatchers.matchesKey(c, keys[next])) {
        next++;
      }
    }
    if (next < keys.length) {
      String expected =
          Arrays.stream(keys)
              .map(FailureMessages::quote)
              .collect(Collectors.joining(", ", "[", "]"));
      String found =
          Arrays.stream(keys, 0, next)
              .map(FailureMessages::quote)
              .collect(Collectors.joining(", ", "[", "]"));
      String message =
          FailureMessages.expecting(
                  "calls", "in this order", expected, "only found in order", found)
              + String.format("%nthen no call matched [%s]", quote(keys[next]))
              + FailureMessages.log(actual);
      throw failureWithActualExpected(
          lines(), List.of(keys), "%s", FailureMessages.described(info.descriptionText(), message));
    }
    return myself;
  }

  /** Verify that an example (or the server response) answered every call. */
  public CallLogAssert hasNoUnmatchedCalls() {
    isNotNull();
    List<RecordedCall> unmatched =
        actual.stream().filter(c -> !c.matched()).collect(Collectors.toList());
    if (!unmatched.isEmpty()) {
      StringBuilder reasons = new StringBuilder();
      for (RecordedCall c : unmatched) {
        reasons.append(String.format("%n%n%s%n  %s", c, FailureMessages.indent(c.noMatchReason())));
      }
      String message =
          FailureMessages.expecting(
                  "every call",
                  "to be answered by an example",
                  "0 unmatched calls",
                  "had",
                  unmatched.size() + " unmatched")
              + reasons
              + FailureMessages.log(actual);
      throw failureWithActualExpected(
          unmatched.size(), 0, "%s", FailureMessages.described(info.descriptionText(), message));
    }
    return myself;
  }

  private CallLogAssert count(String what, Predicate<RecordedCall> test, String noun, Times times) {
    isNotNull();
    int n = (int) actual.stream().filter(test).count();
    if (!times.accepts(n)) {
      String message =
          FailureMessages.expecting(
                  noun + " " + what,
                  "to be",
                  times.toString(),
                  "was",
                  n + (n == 1 ? " time" : " times"))
              + FailureMessages.log(actual);
      throw failureWithActualExpected(
          n + (n == 1 ? " time" : " times"),
          times.toString(),
          "%s",
          FailureMessages.described(info.descriptionText(), message));
    }
    return myself;
  }

  private List<String> lines() {
    return actual.stream().map(RecordedCall::toString).collect(Collectors.toList());
  }

  /**
   * Return the assertion for one call of the log; public (not protected) so that AssertJ's soft
   * assertions make navigation ({@code first()}, {@code element(i)}...) soft too.
   */
  @Override
  public RecordedCallAssert toAssert(RecordedCall value, String description) {
    return new RecordedCallAssert(value, actual).as(description);
  }

  @Override
  protected CallLogAssert newAbstractIterableAssert(Iterable<? extends RecordedCall> iterable) {
    List<RecordedCall> calls = new ArrayList<>();
    iterable.forEach(calls::add);
    return new CallLogAssert(calls);
  }
}
