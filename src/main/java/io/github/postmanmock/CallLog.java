package io.github.postmanmock;

import io.github.postmanmock.assertions.CallLogAssert;
import io.github.postmanmock.internal.recorded.CallWait;
import io.github.postmanmock.internal.server.CallJournal;
import io.github.postmanmock.internal.server.CallJournal.Window;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.CallWaiter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
 * <p>For clients that call from another thread, {@link #awaitCalls(int)} and {@link
 * #awaitCallTo(String)} wait (up to {@link #DEFAULT_TIMEOUT}) until the calls arrived.
 *
 * <p>A log keeps a bounded number of calls and bytes ({@link MockServerBuilder#maxRecordedCalls},
 * {@link MockServerBuilder#maxRecordedBytes}); past the bound it drops its oldest calls and counts
 * them in {@link #droppedCalls()}. An assertion on a log that dropped calls fails and says so,
 * since a count or a search over the calls kept could pass or fail wrongly.
 *
 * <p>Thread-safe: calls may be recorded while the log is read.
 *
 * @since 0.1
 */
public final class CallLog implements AssertProvider<CallLogAssert> {
  /** How long the {@code await...} methods wait unless told otherwise: 5 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private final Calls calls;
  private final Duration timeout;

  /**
   * Where a log's calls come from: a live list, the waiter its recorder signals, and how many calls
   * (and unmatched calls) it dropped to stay within {@code limit} (for messages).
   */
  private record Calls(
      String description,
      Supplier<List<RecordedCall>> source,
      CallWaiter waiter,
      LongSupplier dropped,
      LongSupplier droppedUnmatched,
      String limit) {}

  private CallLog(Calls calls, Duration timeout) {
    this.calls = calls;
    this.timeout = timeout;
  }

  /** Every call {@code journal} holds, as {@link MockServer#allCalls()} gives them. */
  static CallLog allOf(CallJournal<RecordedCall> journal, String description) {
    return over(
        journal,
        description,
        journal::all,
        journal::droppedFromAll,
        journal::notableDroppedFromAll);
  }

  /** The late calls of {@code journal}, as {@link MockServer#lateCalls()} gives them. */
  static CallLog lateOf(CallJournal<RecordedCall> journal, String description) {
    return over(
        journal, description, journal::late, journal::droppedLate, journal::notableDroppedLate);
  }

  /** The calls of one test, those its {@code window} of {@code journal} collected. */
  static CallLog testOf(Window<RecordedCall> window, CallJournal<RecordedCall> journal) {
    return over(
        journal,
        "calls of test [" + window.name() + "]",
        window::calls,
        window::dropped,
        window::droppedNotable);
  }

  private static CallLog over(
      CallJournal<RecordedCall> journal,
      String description,
      Supplier<List<RecordedCall>> calls,
      LongSupplier dropped,
      LongSupplier droppedUnmatched) {
    return of(
        description,
        calls,
        journal::awaitUntil,
        dropped,
        droppedUnmatched,
        journal.describeBounds());
  }

  static CallLog of(String description, Supplier<List<RecordedCall>> source) {
    return of(description, source, CallWaiter.NEVER_SIGNALLED);
  }

  static CallLog of(String description, Supplier<List<RecordedCall>> source, CallWaiter waiter) {
    return of(description, source, waiter, () -> 0, () -> 0, "none");
  }

  /**
   * A log that dropped {@code dropped} calls, {@code droppedUnmatched} of them unmatched, to stay
   * within {@code limit} (for messages).
   */
  static CallLog of(
      String description,
      Supplier<List<RecordedCall>> source,
      CallWaiter waiter,
      LongSupplier dropped,
      LongSupplier droppedUnmatched,
      String limit) {
    Calls calls =
        new Calls(
            Objects.requireNonNull(description, "description"),
            Objects.requireNonNull(source, "source"),
            Objects.requireNonNull(waiter, "waiter"),
            Objects.requireNonNull(dropped, "dropped"),
            Objects.requireNonNull(droppedUnmatched, "droppedUnmatched"),
            Objects.requireNonNull(limit, "limit"));
    return new CallLog(calls, DEFAULT_TIMEOUT);
  }

  /**
   * Return this log with another timeout for the {@code await...} methods than {@link
   * #DEFAULT_TIMEOUT}.
   */
  public CallLog withTimeout(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative but was [" + timeout + "]");
    }
    return new CallLog(calls, timeout);
  }

  /**
   * Wait until the log holds at least {@code count} calls, for a client that calls from another
   * thread. Wakes up on each recorded call (no polling) and waits at most the timeout ({@link
   * #DEFAULT_TIMEOUT} unless set by {@link #withTimeout}).
   *
   * @return this log, for {@code assertThat(mock.calls().awaitCalls(2))...}
   * @throws AssertionError if fewer calls arrived in time; the message lists those that did
   */
  public CallLog awaitCalls(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0 but was [" + count + "]");
    }
    String what = count == 1 ? "1 call" : count + " calls";
    return await(() -> size() + droppedCalls() >= count, "at least " + what);
  }

  /**
   * Wait until a call matching {@code condition} is in the log; see {@link #awaitCalls(int)}.
   *
   * @param what the condition in words, for the failure message
   */
  public CallLog awaitCall(String what, Predicate<RecordedCall> condition) {
    Objects.requireNonNull(condition, "condition");
    return await(() -> calls.source().get().stream().anyMatch(condition), "a call " + what);
  }

  /** Wait until a call with this method and path arrived: {@code awaitCallTo("GET /pets/1")}. */
  public CallLog awaitCallTo(String methodAndPath) {
    String[] parts = CallWait.methodAndPath(methodAndPath);
    return awaitCall(
        "to [" + methodAndPath + "]",
        c -> c.method().equalsIgnoreCase(parts[0]) && c.path().equals(parts[1]));
  }

  private CallLog await(BooleanSupplier condition, String expected) {
    CallWait.until(calls.waiter(), condition, timeout, expected, this::toString);
    return this;
  }

  /** Return an immutable snapshot of the calls, in arrival order. */
  public List<RecordedCall> asList() {
    return List.copyOf(calls.source().get());
  }

  /** Return a stream over a snapshot of the calls. */
  public Stream<RecordedCall> stream() {
    return asList().stream();
  }

  /** Return the number of calls recorded so far. */
  public int size() {
    return calls.source().get().size();
  }

  /** Return whether no call has been recorded yet. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /**
   * Return how many of the oldest calls the log dropped to stay within its bounds ({@link
   * MockServerBuilder#maxRecordedCalls}, {@link MockServerBuilder#maxRecordedBytes}); 0 while it
   * holds every call. For {@link #unmatched()}, how many of them were unmatched.
   */
  public long droppedCalls() {
    return calls.dropped().getAsLong();
  }

  /**
   * Return a live view of the calls that no example answered (404 and error answers); CORS
   * preflights the mock answered by itself and calls forwarded in record mode are not among them.
   */
  public CallLog unmatched() {
    Supplier<List<RecordedCall>> unanswered =
        () -> calls.source().get().stream().filter(RecordedCall::unanswered).toList();
    Calls only =
        new Calls(
            "unmatched " + calls.description(),
            unanswered,
            calls.waiter(),
            calls.droppedUnmatched(),
            calls.droppedUnmatched(),
            calls.limit());
    return new CallLog(only, timeout);
  }

  /**
   * Return an AssertJ assertion over a snapshot of this log.
   *
   * @throws AssertionError if the log dropped calls: an assertion over the calls kept could be
   *     wrong; the message says how many and how to keep them ({@code new
   *     CallLogAssert(log.asList())} asserts on the calls kept all the same)
   */
  @Override
  public CallLogAssert assertThat() {
    List<RecordedCall> kept = asList();
    long lost = droppedCalls();
    if (lost > 0) {
      throw new AssertionError(CallLogLimits.overflow(calls.description(), lost, calls.limit()));
    }
    return new CallLogAssert(kept);
  }

  /** Return the count and one line per call, as shown in failure messages. */
  @Override
  public String toString() {
    List<RecordedCall> kept = asList();
    StringBuilder out = new StringBuilder();
    out.append(kept.size()).append(kept.size() == 1 ? " call" : " calls");
    out.append(" (").append(calls.description()).append(')');
    long lost = droppedCalls();
    if (lost > 0) {
      out.append(", ").append(lost).append(" older dropped (limit ").append(calls.limit());
      out.append(')');
    }
    out.append(kept.isEmpty() ? "" : ":");
    for (int i = 0; i < kept.size(); i++) {
      out.append("\n  ").append(i + 1).append(". ").append(kept.get(i));
    }
    return out.toString();
  }
}
