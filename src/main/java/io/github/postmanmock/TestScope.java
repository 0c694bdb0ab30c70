package io.github.postmanmock;

import io.github.postmanmock.internal.runtime.TestHandle;
import io.github.postmanmock.internal.server.CallJournal;
import io.github.postmanmock.internal.server.CallJournal.Window;
import java.util.List;

/**
 * The calls of one test on one server, from {@link MockServer#beginTest} until {@link #close()},
 * and the examples or variables the test chose.
 *
 * <p>Thread-safe; closing is idempotent and keeps the calls collected so far.
 *
 * @since 0.1
 */
public final class TestScope implements AutoCloseable {
  private final Window<RecordedCall> window;
  private final CallJournal<RecordedCall> journal;
  private final TestHandle handle;
  private final ThreadLocal<Window<RecordedCall>> current;

  TestScope(
      Window<RecordedCall> window,
      CallJournal<RecordedCall> journal,
      TestHandle handle,
      ThreadLocal<Window<RecordedCall>> current) {
    this.window = window;
    this.journal = journal;
    this.handle = handle;
    this.current = current;
  }

  /** Return the name the scope was opened with. */
  public String name() {
    return window.name();
  }

  /** Return a live view of the calls recorded while the scope is open. */
  public CallLog calls() {
    return CallLog.testOf(window, journal);
  }

  /**
   * Answer the calls of one request with example {@code example} (its name, or its place {@code
   * "Pets/Get pet/Rex"}) until the scope closes: the other examples with the same method and path
   * are set aside; other calls are answered as usual. Only one scope at a time may choose examples
   * or variables on a server.
   *
   * @throws IllegalArgumentException if no example, or more than one, has that name
   * @throws IllegalStateException if the scope is closed, or another open scope already chose
   *     examples or variables
   */
  public TestScope useExample(String example) {
    requireOpen();
    handle.useExample(example);
    return this;
  }

  /**
   * Choose every example named, as {@link #useExample(String)} does; examples of one request (same
   * method and path) answer its calls in the order given, a name repeated for each call, and the
   * last keeps answering: {@code useExamples("Unavailable", "Unavailable", "Shipped")}.
   */
  public TestScope useExamples(String... examples) {
    requireOpen();
    handle.useExamples(List.of(examples));
    return this;
  }

  /**
   * Set variable {@code key} to {@code value} until the scope closes; it shadows every other value.
   * Same rules as {@link #useExample(String)}.
   */
  public TestScope variable(String key, String value) {
    requireOpen();
    handle.variable(key, value);
    return this;
  }

  private void requireOpen() {
    if (!window.isOpen()) {
      throw new IllegalStateException("Test scope [" + name() + "] is closed");
    }
  }

  /** Stop collecting calls, and put back the examples and variables this scope changed. */
  @Override
  public void close() {
    handle.close();
    window.close();
    if (current.get() == window) {
      current.remove();
    }
  }
}
