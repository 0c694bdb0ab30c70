package io.github.postmanmock;

import io.github.postmanmock.internal.collection.CollectionWriter;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ApiKeys;
import io.github.postmanmock.internal.server.CallJournal;
import io.github.postmanmock.internal.server.CallJournal.Window;
import io.github.postmanmock.internal.server.CorsPolicy;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.Routes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A running mock server that answers HTTP calls from the saved examples of Postman collections, the
 * way Postman's mock server chooses them, and records every call.
 *
 * <pre>{@code
 * try (MockServer mock = MockServer.builder().collection(Path.of("petstore.json")).start()) {
 *   client(mock.baseUrl()).findPet(1);
 *   assertThat(mock.calls()).singleElement().hasMatchedExample("Rex");
 * }
 * }</pre>
 *
 * <p>In JUnit tests, {@code @PostmanMock} starts and closes the server and injects it.
 *
 * <p>Thread-safe: any number of clients may call the server while tests read its call log.
 *
 * <p>Live edits ({@link #variable}, {@link #environment}, {@link #removeExample}, {@link #apiKey},
 * {@link #delay}, {@link #serverResponse}, ...) are thread-safe: the next call sees the change, a
 * call in flight keeps the state it started with (see {@code docs/mock-features.md}).
 *
 * <p>Configure one with {@link MockServerBuilder}; {@link TestScope} holds the calls of one test.
 * This class is longer than most because the live-edit API is here, one documented method each, all
 * short delegations to {@code LiveMock}; loading lives in {@code ServerPlan} and the HTTP work in
 * {@code internal.server}.
 *
 * @since 0.1
 */
public final class MockServer implements AutoCloseable {
  /** The prefix of the admin endpoints of the standalone server: {@value}. */
  public static final String DEFAULT_ADMIN_PREFIX = "/__mock";

  final MockHttpServer http;
  final CallJournal<RecordedCall> journal;
  final ThreadLocal<Window<RecordedCall>> currentTest = new ThreadLocal<>();
  final AtomicReference<TestScope> overriding = new AtomicReference<>();
  final String name;
  private final List<String> warnings;
  final LiveMock live;
  private final Supplier<ServerPlan> reloader;
  final InlineExamples inline;

  private MockServer(
      MockHttpServer http,
      CallJournal<RecordedCall> journal,
      String name,
      LiveMock live,
      List<String> warnings,
      Supplier<ServerPlan> reloader,
      InlineExamples inline) {
    this.http = http;
    this.journal = journal;
    this.name = name;
    this.live = live;
    this.warnings = warnings;
    this.reloader = reloader;
    this.inline = inline;
  }

  /** Return a builder for a server; nothing listens until {@link MockServerBuilder#start()}. */
  public static MockServerBuilder builder() {
    return new MockServerBuilder();
  }

  static MockServer start(ServerPlan plan) {
    return start(plan, () -> plan, List.of());
  }

  static MockServer start(
      ServerPlan plan, Supplier<ServerPlan> reloader, List<io.github.postmanmock.Example> inline) {
    ServerPlan.Behaviour how = plan.how();
    CallJournal<RecordedCall> journal =
        new CallJournal<>(Comparator.comparingLong(RecordedCall::sequence), how.maxRecordedCalls());
    MockHttpServer http =
        MockHttpServer.start(
            plan.settings(),
            how.initialState(plan.engine(), plan.settings().apiKeys()),
            ResponseRenderer.standard(how.dynamicVariables()),
            served -> journal.record(RecordedCall.of(served)),
            how.clock(),
            how.sleeper(),
            plan.recording());
    LiveMock live = new LiveMock(http, plan.content());
    return new MockServer(
        http,
        journal,
        plan.settings().name(),
        live,
        plan.warnings(),
        reloader,
        new InlineExamples(http, live, inline));
  }

  MockServer withAdmin(String prefix, Set<String> allowedHosts) {
    if (prefix != null) {
      http.enableAdmin(
          prefix,
          () -> journal.all().stream().map(RecordedCall::served).toList(),
          journal::clear,
          Set.copyOf(allowedHosts));
    }
    return this;
  }

  /**
   * Read the collection and environment files again and answer the following calls from what they
   * hold now (Postman's "current version"); the call log, keys, delay and CORS mode are kept.
   * Examples and variables given to the builder stay; live edits of examples and variables ({@link
   * #variable}, {@link #environment}, {@link #removeExample}...) are replaced by what the files
   * hold.
   *
   * @throws InvalidCollectionException if a file cannot be read; the server keeps answering from
   *     the examples it had
   */
  public void reload() {
    ServerPlan plan = reloader.get();
    live.content(c -> plan.content());
  }

  /**
   * Return the routes the server answers, one line per method and path with the names of their
   * examples: {@code GET /pets/:id "Rex", "Not found"}.
   */
  public List<String> routes() {
    return Routes.describe(http.engine().examples());
  }

  /** Return the URL clients call, without a trailing slash: {@code http://127.0.0.1:54321}. */
  public String baseUrl() {
    return "http://" + http.hostForUrl() + ":" + http.port();
  }

  /** Return the port the server listens on. */
  public int port() {
    return http.port();
  }

  /**
   * Return the calls of the current test: the calls recorded while the test scope opened on this
   * thread (by {@link #beginTest}, which {@code @PostmanMock} does before each test) is open. On a
   * thread without a scope, the scope opened last is used; with no scope at all, every call since
   * the server started.
   */
  public CallLog calls() {
    Window<RecordedCall> window = currentWindow();
    return window == null
        ? allCalls()
        : CallLog.of("calls of test [" + window.name() + "]", window::calls, journal::awaitUntil);
  }

  /** Return every call since the server started, in arrival order. */
  public CallLog allCalls() {
    return CallLog.of("all calls to " + this, journal::all, journal::awaitUntil);
  }

  /**
   * Start collecting the calls of one test; until the returned scope is closed, {@link #calls()} on
   * this thread returns them. {@code @PostmanMock} does this around each test; call it yourself
   * with another test framework.
   */
  public TestScope beginTest(String testName) {
    Objects.requireNonNull(testName, "testName");
    Window<RecordedCall> window = journal.open(testName);
    currentTest.set(window);
    return new TestScope(this, window);
  }

  private Window<RecordedCall> currentWindow() {
    Window<RecordedCall> mine = currentTest.get();
    if (mine != null && mine.isOpen()) {
      return mine;
    }
    return journal.lastOpen();
  }

  /**
   * Return what the collection lint found when the server started, one line each with file and JSON
   * pointer: requests without examples, examples matching can never choose, JSON responses whose
   * body is not JSON, variables defined nowhere. See {@code docs/assertions.md}.
   */
  public List<String> warnings() {
    return warnings;
  }

  /** Return which examples answered calls since the server started, and which never did. */
  public ExampleCoverage coverage() {
    return ExampleCoverage.of(http.engine().examples(), journal.all());
  }

  /** Return the calls that arrived while no test was running, after a test had ended. */
  public CallLog lateCalls() {
    return CallLog.of("late calls to " + this, journal::late, journal::awaitUntil);
  }

  /** From the next call on, resolve variables from the environment in {@code file} alone. */
  public void environment(Path file) {
    Environment e = ServerPlan.Source.of(Objects.requireNonNull(file, "file")).environment();
    live.content(c -> c.withEnvironment(e));
  }

  /** From the next call on, resolve variables from this environment JSON alone. */
  public void environment(String name, byte[] json) {
    Environment e = ServerPlan.Source.of(name, MockServerBuilder.requireJson(json)).environment();
    live.content(c -> c.withEnvironment(e));
  }

  /** From the next call on, set variable {@code key}; it shadows every other value of it. */
  public void variable(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    live.content(c -> c.withVariable(key, value));
  }

  /** Drop the value {@link #variable} set for {@code key}; collection and environment stay. */
  public void removeVariable(String key) {
    live.content(c -> c.withoutVariable(Objects.requireNonNull(key, "key")));
  }

  /** From the next call on, also serve the examples of the collection in {@code file}. */
  public void loadCollection(Path file) {
    Collection added = ServerPlan.Source.of(Objects.requireNonNull(file, "file")).collection();
    live.content(c -> c.plus(added));
  }

  /**
   * From the next call on, stop serving every example with this name or id.
   *
   * @throws IllegalArgumentException if no example has that name or id
   */
  public void removeExample(String nameOrId) {
    live.content(c -> c.withoutExample(Objects.requireNonNull(nameOrId, "nameOrId")));
  }

  /** Make the mock private (or accept one more key): calls need a key in {@code x-api-key}. */
  public void apiKey(String key) {
    String k = MockServerBuilder.requireKey(key);
    live.state(s -> s.withApiKeys(s.apiKeys().with(k)));
  }

  /** Make the mock public: forget every accepted key. */
  public void publicAccess() {
    live.state(s -> s.withApiKeys(ApiKeys.NONE));
  }

  /** From the next call on, wait {@code delay} before answering (a call's header overrides it). */
  public void delay(Delay delay) {
    Duration d = Objects.requireNonNull(delay, "delay").duration();
    live.state(s -> s.withDelay(d));
  }

  /** From the next call on, answer browsers as {@code mode} says. */
  public void cors(CorsMode mode) {
    CorsPolicy policy = CorsPolicy.valueOf(Objects.requireNonNull(mode, "mode").name());
    live.state(s -> s.withCors(policy));
  }

  /** From the next call on, answer every call with {@code response}, whatever the examples. */
  public void serverResponse(ServerResponse response) {
    ExampleResponse r = Objects.requireNonNull(response, "response").toInternal();
    live.state(s -> s.withServerResponse(r));
  }

  /** Answer from the examples again after {@link #serverResponse}. */
  public void clearServerResponse() {
    live.state(s -> s.withServerResponse(null));
  }

  void addExamples(List<Example> more) {
    live.content(c -> c.plusExamples(more));
  }

  /**
   * Serve {@code example} until the current test ends (the scope opened by {@link #beginTest},
   * which {@code @PostmanMock} opens around each test), or until the server closes when no test
   * scope is open.
   *
   * <p>Examples added in a test are matched first: one of them answers a call when its score is at
   * least the best score of the other examples, so it wins every tie; otherwise Postman's scoring
   * decides. See {@code docs/inline-examples.md}.
   */
  public void addExample(io.github.postmanmock.Example example) {
    Objects.requireNonNull(example, "example");
    inline.add(currentWindow(), example);
  }

  /** Build {@code example} and {@link #addExample(io.github.postmanmock.Example) add} it. */
  public void addExample(ExampleBuilder example) {
    addExample(Objects.requireNonNull(example, "example").build());
  }

  /**
   * Write the examples this mock serves, from collections and inline ones given to its builder, as
   * a Postman collection v2.1 file, with the collection variables; examples added during a test and
   * environment values are not written. See {@code docs/inline-examples.md}.
   *
   * @throws IllegalArgumentException if an inline example has a binary body that is not UTF-8
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void exportCollection(Path file) {
    Objects.requireNonNull(file, "file");
    MockContent content = live.content();
    List<Example> examples = new ArrayList<>();
    for (Example e : content.examples()) {
      examples.add(inline.forExport(e));
    }
    Examples.write(file, CollectionWriter.write(name, examples, content.collectionVariables()));
  }

  /**
   * Write the calls recorded so far (record mode, see {@code docs/recording.md}) into the
   * collection file now, instead of only at {@link #close()}, and return how many examples were
   * added.
   *
   * @throws IllegalStateException if this server is not recording
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public int saveRecording() {
    if (http.recording() == null) {
      throw new IllegalStateException(
          this + " is not recording: start it with MockServer.builder().recordFrom(URI)");
    }
    return http.recording().save();
  }

  /** Return whether {@link #close()} was called. */
  public boolean isClosed() {
    return http.isClosed();
  }

  /**
   * Stop the server at once; the port refuses connections afterwards. Idempotent. In record mode,
   * then write the calls recorded since the last save into the collection file.
   */
  @Override
  public void close() {
    boolean first = !http.isClosed();
    http.close();
    if (first && http.recording() != null) {
      http.recording().save();
    }
  }

  /** Return {@code MockServer[http://127.0.0.1:54321, petstore.postman_collection.json]}. */
  @Override
  public String toString() {
    return "MockServer[" + baseUrl() + ", " + name + (isClosed() ? ", closed" : "") + "]";
  }
}
