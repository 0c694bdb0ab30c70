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
 * <p>A journal may be capped: {@link #all()} and {@link #late()} then keep only the newest values
 * (by arrival order) up to the cap, so a long-running server does not keep every call in memory.
 * Windows are not capped: they live only as long as one test.
 *
 * @param <T> the recorded value
 */
public final class CallJournal<T> {
  private final Comparator<T> arrivalOrder;
  private final int capacity;
  private final List<T> all = new ArrayList<>();
  private final List<Window<T>> open = new ArrayList<>();
  private final List<T> late = new ArrayList<>();
  private boolean anyClosed;

  /** A journal without a cap that keeps values in the order {@code arrivalOrder} gives. */
  public CallJournal(Comparator<T> arrivalOrder) {
    this(arrivalOrder, Integer.MAX_VALUE);
  }

  /**
   * A journal that keeps values in the order {@code arrivalOrder} gives, and at most the newest
   * {@code capacity} of them in {@link #all()} and in {@link #late()}.
   */
  public CallJournal(Comparator<T> arrivalOrder, int capacity) {
    this.arrivalOrder = Objects.requireNonNull(arrivalOrder, "arrivalOrder");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1 but was [" + capacity + "]");
    }
    this.capacity = capacity;
  }

  /** Add {@code value} to the journal and to every open window. */
  public synchronized void record(T value) {
    insert(all, value);
    dropOldest(all);
    if (open.isEmpty() && anyClosed) {
      insert(late, value);
      dropOldest(late);
    }
    for (Window<T> w : open) {
      insert(w.calls, value);
    }
    notifyAll();
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

  private void insert(List<T> list, T value) {
    int i = list.size();
    while (i > 0 && arrivalOrder.compare(list.get(i - 1), value) > 0) {
      i--;
    }
    list.add(i, value);
  }

  private void dropOldest(List<T> list) {
    if (list.size() > capacity) {
      list.subList(0, list.size() - capacity).clear();
    }
  }

  /** Every value since the journal was created (the newest up to the cap), in arrival order. */
  public synchronized List<T> all() {
    return List.copyOf(all);
  }

  /** Forget every value recorded so far; open windows keep what they collected. */
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
    return List.copyOf(late);
  }

  private synchronized List<T> snapshot(Window<T> w) {
    return List.copyOf(w.calls);
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
    private final List<T> calls = new ArrayList<>();

    private Window(CallJournal<T> journal, String name) {
      this.journal = journal;
      this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
      return name;
    }

    /** The values recorded while this window was open, in arrival order. */
    public List<T> calls() {
      return journal.snapshot(this);
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
