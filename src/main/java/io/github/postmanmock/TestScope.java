package io.github.postmanmock;

import io.github.postmanmock.internal.server.CallJournal.Window;

/**
 * The calls of one test on one server, from {@link MockServer#beginTest} until {@link #close()}.
 *
 * <p>Thread-safe; closing is idempotent and keeps the calls collected so far.
 *
 * @since 0.1
 */
public final class TestScope implements AutoCloseable {
  private final MockServer server;
  private final Window<RecordedCall> window;
  private TestOverrides overrides;

  TestScope(MockServer server, Window<RecordedCall> window) {
    this.server = server;
    this.window = window;
  }

  /** Return the name the scope was opened with. */
  public String name() {
    return window.name();
  }

  /** Return a live view of the calls recorded while the scope is open. */
  public CallLog calls() {
    return server.testCalls(window);
  }

  /**
   * Answer the calls of one request with example {@code example} (its name, or its place {@code
   * "Pets/Get pet/Rex"}) until the scope closes: the other examples with the same method and path
   * are set aside; other calls are answered as usual. Only one scope at a time may choose examples
   * or variables on a server.
   *
   * @throws IllegalArgumentException if no example, or more than one, has that name
   * @throws IllegalStateException if another open scope already chose examples or variables
   */
  public synchronized TestScope useExample(String example) {
    overrides().useExample(example);
    return this;
  }

  /**
   * Set variable {@code key} to {@code value} until the scope closes; it shadows every other value.
   * Same rules as {@link #useExample(String)}.
   */
  public synchronized TestScope variable(String key, String value) {
    overrides().variable(key, value);
    return this;
  }

  private TestOverrides overrides() {
    if (!window.isOpen()) {
      throw new IllegalStateException("Test scope [" + name() + "] is closed");
    }
    if (overrides == null) {
      if (!server.overriding.compareAndSet(null, this)) {
        throw new IllegalStateException(
            "Test ["
                + server.overriding.get().name()
                + "] already chose examples or variables on "
                + server
                + "; tests that do so cannot run at the same time on one server");
      }
      overrides = new TestOverrides(server.http, server.name, () -> server.live.content(c -> c));
    }
    return overrides;
  }

  /** Stop collecting calls, and put back the examples and variables this scope changed. */
  @Override
  public void close() {
    synchronized (this) {
      if (overrides != null && server.overriding.compareAndSet(this, null)) {
        overrides.restore();
      }
    }
    window.close();
    server.inline.removeAll(window);
    if (server.currentTest.get() == window) {
      server.currentTest.remove();
    }
  }
}
