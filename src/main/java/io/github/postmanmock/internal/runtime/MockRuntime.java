package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.collection.CollectionWriter;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ApiKeys;
import io.github.postmanmock.internal.server.LoggedCall;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.MockState;
import io.github.postmanmock.internal.server.Recording;
import io.github.postmanmock.internal.server.Routes;
import io.github.postmanmock.internal.server.ServedCall;
import io.github.postmanmock.internal.tls.TlsIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The running mock behind the public {@code MockServer}: the HTTP server, the live state that edits
 * swap, the examples added by tests and the test that chose examples or variables. Thread-safe.
 */
public final class MockRuntime implements AutoCloseable {
  private final ServerOptions options;
  private final MockHttpServer http;
  private final LiveMock live;
  private final AddedExamples added;
  private volatile List<String> warnings;
  private final AtomicReference<TestHandle> choosing = new AtomicReference<>();

  private MockRuntime(ServerOptions options, MockHttpServer http, ServerPlan plan) {
    this.options = options;
    this.http = http;
    this.live = new LiveMock(http, plan.content());
    this.added = new AddedExamples(live);
    this.warnings = plan.warnings();
  }

  /**
   * Load what {@code options} name, bind the port and start answering; every answered call goes to
   * {@code onCall}.
   *
   * @throws io.github.postmanmock.InvalidCollectionException if a file cannot be read
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static MockRuntime start(ServerOptions options, Consumer<ServedCall> onCall) {
    Recording recording = options.recording().start(options.collections());
    ServerPlan plan = ServerPlan.load(options);
    ServerOptions.Behaviour how = options.behaviour();
    MockState initial =
        new MockState(
            plan.engine(),
            ApiKeys.of(options.settings().apiKeys()),
            how.delay(),
            how.cors(),
            how.serverResponse(),
            null,
            how.preflightDelay());
    MockHttpServer http =
        MockHttpServer.start(
            options.settings(),
            initial,
            ResponseRenderer.standard(how.dynamicVariables()),
            onCall,
            how.clock(),
            how.sleeper(),
            recording);
    return new MockRuntime(options, http, plan);
  }

  /** Serve the call log and health check under the configured prefix, if any. */
  public void enableAdmin(Supplier<List<LoggedCall>> calls, LongSupplier dropped, Runnable clear) {
    if (options.adminPrefix() != null) {
      http.enableAdmin(
          options.adminPrefix(), calls, dropped, clear, options.settings().allowedHosts());
    }
  }

  /** The name of the mock in messages: its collections, or "inline examples". */
  public String name() {
    return options.settings().name();
  }

  /** The host to put in URLs, and the port. */
  public String baseUrl() {
    return http.scheme() + "://" + http.hostForUrl() + ":" + http.port();
  }

  /** Every base URL clients can call: one per {@link MockHttpServer#hostsForUrls()}. */
  public List<String> baseUrls() {
    return http.hostsForUrls().stream()
        .map(h -> http.scheme() + "://" + h + ":" + http.port())
        .toList();
  }

  public int port() {
    return http.port();
  }

  public List<String> warnings() {
    return warnings;
  }

  /** Every example of the mock, those added in the current test included: the names tests use. */
  public List<MockExample> knownExamples() {
    return live.examples();
  }

  /** The examples the next call is matched against, in order. */
  public List<MockExample> examples() {
    return http.engine().examples();
  }

  public List<String> routes() {
    return Routes.describe(examples());
  }

  /** Read the files again; live edits of examples and variables are replaced by what they hold. */
  public void reload() {
    ServerPlan plan = ServerPlan.load(options);
    live.content(c -> plan.content());
    warnings = plan.warnings();
  }

  /** Apply {@code edit} to the examples and variables, and answer from the result. */
  public void content(UnaryOperator<MockContent> edit) {
    live.content(edit);
  }

  /** Apply {@code edit} to the keys, delay, CORS policy or server response. */
  public void state(UnaryOperator<MockState> edit) {
    live.state(edit);
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
    http.scenarios().restart();
    return new TestHandle(this, testName, owner);
  }

  /** Start every sequence and limited example from its first step again. */
  public void resetScenarios() {
    http.scenarios().restart();
  }

  AtomicReference<TestHandle> choosing() {
    return choosing;
  }

  /**
   * The identity this server speaks TLS with.
   *
   * @throws IllegalStateException if it serves plain HTTP
   */
  public TlsIdentity tls() {
    if (http.tls() == null) {
      throw new IllegalStateException(
          this
              + " serves plain HTTP, so it has no certificate: start it with"
              + " MockServer.builder().https()");
    }
    return http.tls();
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

  /** Write the examples and collection variables served now as a Postman collection file. */
  public void exportCollection(Path file) {
    MockContent content = live.content();
    byte[] json = CollectionWriter.write(name(), content.examples(), content.collectionVariables());
    write(file, json);
  }

  /** Write {@code json} to {@code file}, naming the file when that fails. */
  public static void write(Path file, byte[] json) {
    try {
      Files.write(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the collection file [" + file.toAbsolutePath() + "]: " + e.getMessage(), e);
    }
  }

  /** The recording of a server in record mode, or {@code null}. */
  public Recording recording() {
    return http.recording();
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
    return "MockServer[" + baseUrl() + ", " + name() + (isClosed() ? ", closed" : "") + "]";
  }
}
