package io.github.postmanmock.internal.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The append-only record of every call a server answered, with windows that collect the calls made
 * while one test runs. Thread-safe: writers and readers synchronise on the journal, and readers get
 * immutable snapshots.
 *
 * <p>Calls are kept in arrival order (by their sequence number) even when a later call is answered
 * first. A call goes into every window open when it is recorded: with several tests running at the
 * same time against one server, each of them sees the calls of the others that overlapped it.
 *
 * <p>A journal may be bounded by a count and by bytes (each value weighs what its {@code weight}
 * says): {@link #all()}, {@link #late()} and each window then keep only their newest values (by
 * arrival order) within both, and count the values they dropped, so that a long run stays small and
 * a reader can tell that a list is no longer complete (see {@code
 * docs/design/0006-call-log-memory.md}).
 *
 * @param <T> the recorded value
 */
public final class CallJournal<T> {
  private final JournalBounds<T> bounds;
  private final BoundedCalls<T> all = new BoundedCalls<>();
  private final List<Window<T>> open = new ArrayList<>();
  private final BoundedCalls<T> late = new BoundedCalls<>();
  private boolean anyClosed;

  /** A journal without a bound that keeps values in the order {@code arrivalOrder} gives. */
  public CallJournal(Comparator<T> arrivalOrder) {
    this(arrivalOrder, Integer.MAX_VALUE);
  }

  /** A journal that keeps at most the newest {@code capacity} values in each of its lists. */
  public CallJournal(Comparator<T> arrivalOrder, int capacity) {
    this(new JournalBounds<>(arrivalOrder, capacity, Long.MAX_VALUE, v -> 0, v -> false));
  }

  /** A journal within {@code bounds}. */
  public CallJournal(JournalBounds<T> bounds) {
    this.bounds = Objects.requireNonNull(bounds, "bounds");
  }

  /** The bounds in words, for messages: {@code 10000 calls or 64 MiB}. */
  public String describeBounds() {
    return bounds.maxValues() + " calls or " + CallLogLimits.size(bounds.maxBytes());
  }

  /** Add {@code value} to the journal and to every open window. */
  public synchronized void record(T value) {
    insert(all, value);
    if (open.isEmpty() && anyClosed) {
      insert(late, value);
    }
    for (Window<T> w : open) {
      insert(w.calls, value);
    }
    notifyAll();
  }

  private void insert(BoundedCalls<T> list, T value) {
    list.insert(value, bounds);
  }

  /**
   * Wait until {@code condition} holds, re-checking it each time a value is recorded, for at most
   * {@code timeout}. Returns whether it holds; never sleeps in a polling loop.
   */
  public synchronized boolean awaitUntil(BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /** Every value since the journal was created (the newest within the bounds), in arrival order. */
  public synchronized List<T> all() {
    return all.snapshot();
  }

  /** How many values {@link #all()} dropped to stay within the bounds. */
  public synchronized long droppedFromAll() {
    return all.dropped();
  }

  /** How many notable values {@link #all()} dropped. */
  public synchronized long notableDroppedFromAll() {
    return all.droppedNotable();
  }

  /** Forget every value recorded so far, and the count of dropped ones; windows keep theirs. */
  public synchronized void clear() {
    all.clear();
  }

  /** Open a window named {@code name} that collects the values recorded from now on. */
  public synchronized Window<T> open(String name) {
    Window<T> w = new Window<>(this, name);
    open.add(w);
    return w;
  }

  /** The window opened last and not yet closed, or {@code null}. */
  public synchronized Window<T> lastOpen() {
    return open.isEmpty() ? null : open.get(open.size() - 1);
  }

  private synchronized boolean isOpen(Window<T> w) {
    return open.contains(w);
  }

  private synchronized void close(Window<T> w) {
    anyClosed |= open.remove(w);
  }

  /**
   * The values recorded while no window was open, after one had closed: calls that arrived after
   * their test ended (a call arriving while the next test runs is that test's).
   */
  public synchronized List<T> late() {
    return late.snapshot();
  }

  /** How many values {@link #late()} dropped to stay within the bounds. */
  public synchronized long droppedLate() {
    return late.dropped();
  }

  /** How many notable values {@link #late()} dropped. */
  public synchronized long notableDroppedLate() {
    return late.droppedNotable();
  }

  private synchronized List<T> snapshot(Window<T> w) {
    return w.calls.snapshot();
  }

  private synchronized long dropped(Window<T> w, boolean notable) {
    return notable ? w.calls.droppedNotable() : w.calls.dropped();
  }

  /**
   * The values recorded while one test ran. Closing is idempotent; a closed window keeps what it
   * collected.
   *
   * @param <T> the recorded value
   */
  public static final class Window<T> implements AutoCloseable {
    private final CallJournal<T> journal;
    private final String name;
    private final BoundedCalls<T> calls = new BoundedCalls<>();

    private Window(CallJournal<T> journal, String name) {
      this.journal = journal;
      this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
      return name;
    }

    /** The values recorded while this window was open (the newest within the bounds). */
    public List<T> calls() {
      return journal.snapshot(this);
    }

    /** How many values this window dropped to stay within the bounds. */
    public long dropped() {
      return journal.dropped(this, false);
    }

    /** How many notable values this window dropped. */
    public long droppedNotable() {
      return journal.dropped(this, true);
    }

    /** Whether the window still collects calls. */
    public boolean isOpen() {
      return journal.isOpen(this);
    }

    @Override
    public void close() {
      journal.close(this);
    }
  }
}
