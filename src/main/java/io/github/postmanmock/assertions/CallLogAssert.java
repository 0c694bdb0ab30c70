package io.github.postmanmock.assertions;

import io.github.postmanmock.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;

/**
 * Assertions over a snapshot of a call log. Every AssertJ list assertion works, and navigation
 * ({@code singleElement()}, {@code first()}, {@code element(i)}, {@code filteredOn(...)}) keeps
 * returning call assertions:
 *
 * <pre>{@code
 * assertThat(mock.calls()).singleElement()
 *     .hasMethod("GET").hasPath("/pets/1").hasStatus(200).hasMatchedExample("Rex");
 * }</pre>
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

  @Override
  protected RecordedCallAssert toAssert(RecordedCall value, String description) {
    return new RecordedCallAssert(value).as(description);
  }

  @Override
  protected CallLogAssert newAbstractIterableAssert(Iterable<? extends RecordedCall> iterable) {
    List<RecordedCall> calls = new ArrayList<>();
    iterable.forEach(calls::add);
    return new CallLogAssert(calls);
  }
}
