package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.server.CallJournal;
import io.github.postmanmock.internal.server.CallJournal.Window;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.JournalBounds;
import io.github.postmanmock.internal.server.LoggedCall;
import io.github.postmanmock.internal.server.ServedCall;
import io.github.postmanmock.internal.server.ServedExamples;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where a server's answered calls go: each is cut to the call log's limits, counted for coverage,
 * turned into the public call type {@code T}, kept in a bounded {@link CallJournal} (every call,
 * each test's window, the late calls) and told to the listener. Also knows which test window a
 * thread is in. Thread-safe.
 *
 * @param <T> the public type of a recorded call
 */
public final class CallBook<T> {
  private final CallLogLimits limits;
  private final CallJournal<T> journal;
  private final Function<T, LoggedCall> logged;
  private final Function<LoggedCall, T> wrap;
  private final Consumer<T> listener;
  private final ServedExamples served = new ServedExamples();
  private final ThreadLocal<Window<T>> currentTest = new ThreadLocal<>();

  /**
   * A book within {@code limits}, whose calls are {@code wrap}ped from what the server logged and
   * read back with {@code logged}; the unanswered ones are counted apart when dropped.
   */
  public CallBook(
      CallLogLimits limits,
      Function<T, LoggedCall> logged,
      Predicate<T> unanswered,
      Function<LoggedCall, T> wrap,
      Consumer<T> listener) {
    this.limits = limits;
    this.logged = logged;
    this.wrap = wrap;
    this.listener = listener;
    this.journal =
        new CallJournal<>(
            new JournalBounds<>(
                Comparator.comparingLong(c -> logged.apply(c).sequence()),
                limits.maxCalls(),
                limits.maxBytes(),
                c -> logged.apply(c).bytes(),
                unanswered));
  }

  /** Keep {@code call}, answered just now, and tell the listener; it may not fail the call. */
  void record(ServedCall call) {
    LoggedCall kept = limits.keep(call);
    served.count(kept.example());
    T recorded = wrap.apply(kept);
    journal.record(recorded);
    try {
      listener.accept(recorded);
    } catch (RuntimeException ignored) {
      // the call is answered and recorded whatever the listener does
    }
  }

  public CallJournal<T> journal() {
    return journal;
  }

  /** The calls as the admin endpoints show them. */
  List<LoggedCall> logged() {
    return journal.all().stream().map(logged).toList();
  }

  /** Open the window of test {@code name}, current on this thread until it closes. */
  public Window<T> open(String name) {
    Window<T> window = journal.open(name);
    currentTest.set(window);
    return window;
  }

  /** Which window each thread is in; a closing window clears itself from it. */
  public ThreadLocal<Window<T>> currentTest() {
    return currentTest;
  }

  /** This thread's open window, else the window opened last, else {@code null}. */
  public Window<T> current() {
    Window<T> mine = currentTest.get();
    return mine != null && mine.isOpen() ? mine : journal.lastOpen();
  }

  /** The calls answered since start, by the location of the example that answered them. */
  public Map<String, Integer> servedByLocation() {
    return served.byLocation();
  }
}
