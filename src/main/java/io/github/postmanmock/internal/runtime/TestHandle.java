package io.github.postmanmock.internal.runtime;

/**
 * What one test did to a mock besides calling it: the examples or variables it chose, and the
 * examples it added. {@link #close()} puts the mock back. Only one test at a time may choose
 * examples or variables on a mock. Thread-safe.
 */
public final class TestHandle {
  private final MockRuntime mock;
  private final String testName;
  private final Object owner;
  private TestOverrides overrides;

  TestHandle(MockRuntime mock, String testName, Object owner) {
    this.mock = mock;
    this.testName = testName;
    this.owner = owner;
  }

  /**
   * Answer the calls of one request with the example named {@code example} until {@link #close()}.
   *
   * @throws IllegalArgumentException if no example, or more than one, has that name
   * @throws IllegalStateException if another test already chose examples or variables
   */
  public synchronized void useExample(String example) {
    overrides().useExample(example);
  }

  /** Set variable {@code key} until {@link #close()}; same rules as {@link #useExample}. */
  public synchronized void variable(String key, String value) {
    overrides().variable(key, value);
  }

  private TestOverrides overrides() {
    if (overrides == null) {
      if (!mock.choosing().compareAndSet(null, this)) {
        throw new IllegalStateException(
            "Test ["
                + mock.choosing().get().testName
                + "] already chose examples or variables on "
                + mock
                + "; tests that do so cannot run at the same time on one server");
      }
      overrides = new TestOverrides(mock.http(), mock.name(), () -> mock.live().content(c -> c));
    }
    return overrides;
  }

  /** Put back the examples and variables this test chose, and drop the examples it added. */
  public void close() {
    synchronized (this) {
      if (overrides != null && mock.choosing().compareAndSet(this, null)) {
        overrides.restore();
      }
    }
    mock.added().removeAll(owner);
  }
}
