package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ApiKeys;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.Recording;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running mock behind the public {@code MockServer}, from start to close: the HTTP server,
 * where clients reach it ({@link #endpoint()}), what it answers from ({@link #content()}), the live
 * edits ({@link #edits()}), the examples added by tests and the test that chose examples or
 * variables. Thread-safe.
 */
public final class MockRuntime implements AutoCloseable {
  private final String name;
  private final MockHttpServer http;
  private final LiveMock live;
  private final AddedExamples added;
  private final Endpoint endpoint;
  private final LiveEdits edits;
  private final LoadedContent content;
  private final AtomicReference<TestHandle> choosing = new AtomicReference<>();

  private MockRuntime(ServerOptions options, MockHttpServer http, ServerPlan plan) {
    this.name = options.settings().name();
    this.http = http;
    this.live = new LiveMock(http, plan.content());
    this.added = new AddedExamples(live);
    this.endpoint = new Endpoint(http, this);
    this.edits = new LiveEdits(live);
    this.content = new LoadedContent(options, http, live, plan);
  }

  /**
   * Load what {@code options} name, bind the port and start answering; every answered call goes to
   * {@code calls}, whose log the admin endpoints (if configured) serve.
   *
   * @throws io.github.postmanmock.InvalidCollectionException if a file cannot be read
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static MockRuntime start(ServerOptions options, CallBook<?> calls) {
    Recording recording = options.recording().start(options.content().collections());
    ServerPlan plan = ServerPlan.load(options);
    ServerOptions.Behaviour how = options.behaviour();
    var keys = ApiKeys.of(options.settings().apiKeys());
    MockHttpServer http =
        MockHttpServer.start(
            options.settings(),
            how.start().over(plan.engine(), keys),
            ResponseRenderer.standard(how.dynamicVariables()),
            calls::record,
            how.clock(),
            how.sleeper(),
            recording);
    if (options.adminPrefix() != null) {
      var journal = calls.journal();
      http.enableAdmin(
          options.adminPrefix(),
          calls::logged,
          journal::droppedFromAll,
          journal::clear,
          options.settings().allowedHosts());
    }
    return new MockRuntime(options, http, plan);
  }

  /** The name of the mock in messages: its collections, or "inline examples". */
  public String name() {
    return name;
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public LiveEdits edits() {
    return edits;
  }

  /** What the mock answers from: examples, routes, warnings, reload and export. */
  public LoadedContent content() {
    return content;
  }

  /** Match {@code example} first until the test {@code owner} ends (see {@link TestHandle}). */
  public void addExample(Object owner, MockExample example) {
    added.add(owner, example);
  }

  /**
   * Start a test's handle on this mock; {@code owner} identifies what the test added. Sequences and
   * limited examples start again from their first step.
   */
  public TestHandle openTest(String testName, Object owner) {
    resetScenarios();
    return new TestHandle(this, testName, owner);
  }

  /** Start every sequence and limited example from its first step again. */
  public void resetScenarios() {
    http.scenarios().restart();
  }

  AtomicReference<TestHandle> choosing() {
    return choosing;
  }

  MockHttpServer http() {
    return http;
  }

  LiveMock live() {
    return live;
  }

  AddedExamples added() {
    return added;
  }

  /**
   * Write the calls recorded so far into the collection file; return how many examples were added.
   *
   * @throws IllegalStateException if this server is not recording
   */
  public int saveRecording() {
    if (http.recording() == null) {
      throw new IllegalStateException(
          this + " is not recording: start it with MockServer.builder().recordFrom(URI)");
    }
    return http.recording().save();
  }

  public boolean isClosed() {
    return http.isClosed();
  }

  /** Stop at once; in record mode, then save what was recorded since the last save. Idempotent. */
  @Override
  public void close() {
    boolean first = !http.isClosed();
    http.close();
    if (first && http.recording() != null) {
      http.recording().save();
    }
  }

  /** The public server's description: {@code MockServer[http://127.0.0.1:54321, orders.json]}. */
  @Override
  public String toString() {
    String closed = isClosed() ? ", closed" : "";
    return "MockServer[" + endpoint.baseUrl() + ", " + name() + closed + "]";
  }
}
