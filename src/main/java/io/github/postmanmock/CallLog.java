package io.github.postmanmock;

import io.github.postmanmock.assertions.CallLogAssert;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.AssertProvider;

/**
 * A live view of calls a mock answered, in arrival order: every read returns the calls recorded up
 * to that moment. {@code assertThat(mock.calls())} with AssertJ's own {@code assertThat} returns a
 * {@link CallLogAssert} over a snapshot taken at that point.
 *
 * <p>A {@code CallLog} is deliberately not an {@link Iterable}: that would make AssertJ's {@code
 * assertThat} ambiguous. Use {@link #asList()} or {@link #stream()}.
 *
 * <p>Thread-safe: calls may be recorded while the log is read.
 *
 * @since 0.1
 */
public final class CallLog implements AssertProvider<CallLogAssert> {
  private final String description;
  private final Supplier<List<RecordedCall>> source;

  private CallLog(String description, Supplier<List<RecordedCall>> source) {
    this.description = Objects.requireNonNull(description, "description");
    this.source = Objects.requireNonNull(source, "source");
  }

  static CallLog of(String description, Supplier<List<RecordedCall>> source) {
    return new CallLog(description, source);
  }

  /** Return an immutable snapshot of the calls, in arrival order. */
  public List<RecordedCall> asList() {
    return List.copyOf(source.get());
  }

  /** Return a stream over a snapshot of the calls. */
  public Stream<RecordedCall> stream() {
    return asList().stream();
  }

  /** Return the number of calls recorded so far. */
  public int size() {
    return source.get().size();
  }

  /** Return whether no call has been recorded yet. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /**
   * Return a live view of the calls that no example answered (404 and error answers); CORS
   * preflights the mock answered by itself are not among them.
   */
  public CallLog unmatched() {
    return new CallLog(
        "unmatched " + description,
        () ->
            source.get().stream()
                .filter(c -> !c.matched() && !c.corsPreflight())
                .collect(Collectors.toList()));
  }

  /** Return an AssertJ assertion over a snapshot of this log. */
  @Override
  public CallLogAssert assertThat() {
    return new CallLogAssert(asList());
  }

  /** Return the count and one line per call, as shown in failure messages. */
  @Override
  public String toString() {
    List<RecordedCall> calls = asList();
    StringBuilder out = new StringBuilder();
    out.append(calls.size()).append(calls.size() == 1 ? " call" : " calls");
    out.append(" (").append(description).append(')');
    out.append(calls.isEmpty() ? "" : ":");
    for (int i = 0; i < calls.size(); i++) {
      out.append("\n  ").append(i + 1).append(". ").append(calls.get(i));
    }
    return out.toString();
  }
}
