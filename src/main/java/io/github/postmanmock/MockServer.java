package io.github.postmanmock;

import io.github.postmanmock.internal.runtime.MockRuntime;
import io.github.postmanmock.internal.runtime.ServerOptions;
import io.github.postmanmock.internal.runtime.Source;
import io.github.postmanmock.internal.server.ApiKeys;
import io.github.postmanmock.internal.server.CallJournal;
import io.github.postmanmock.internal.server.CallJournal.Window;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.CorsPolicy;
import io.github.postmanmock.internal.server.JournalBounds;
import io.github.postmanmock.internal.server.ServedExamples;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

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
 * <p>In JUnit tests, {@code @PostmanMock} starts and closes the server and injects it. Thread-safe:
 * any number of clients may call the server while tests read its call log. Live edits ({@link
 * #variable}, {@link #removeExample}, {@link #delay}, {@link #serverResponse}, ...) apply from the
 * next call on; a call in flight keeps the state it started with ({@code docs/mock-features.md}).
 *
 * @since 0.1
 */
public final class MockServer implements AutoCloseable {
  /** The prefix of the admin endpoints of the standalone server: {@value}. */
  public static final String DEFAULT_ADMIN_PREFIX = "/__mock";

  private final MockRuntime runtime;
  private final CallJournal<RecordedCall> journal;
  private final ThreadLocal<Window<RecordedCall>> currentTest = new ThreadLocal<>();
  private final ServedExamples served = new ServedExamples();

  private MockServer(ServerOptions options) {
    CallLogLimits limits = options.behaviour().callLog();
    this.journal =
        new CallJournal<>(
            new JournalBounds<>(
                Comparator.comparingLong(RecordedCall::sequence),
                limits.maxCalls(),
                limits.maxBytes(),
                c -> c.served().bytes(),
                RecordedCall::unanswered));
    AtomicReference<MockRuntime> started = new AtomicReference<>();
    this.runtime =
        MockRuntime.start(
            options,
            call -> {
              var kept = limits.keep(call);
              served.count(kept.example());
              journal.record(
                  RecordedCall.of(
                      kept, () -> started.get().name(), () -> started.get().knownExamples()));
            });
    started.set(runtime);
    runtime.enableAdmin(
        () -> journal.all().stream().map(RecordedCall::served).toList(),
        journal::droppedFromAll,
        journal::clear);
  }

  /** Return a builder for a server; nothing listens until {@link MockServerBuilder#start()}. */
  public static MockServerBuilder builder() {
    return new MockServerBuilder();
  }

  static MockServer start(ServerOptions options) {
    return new MockServer(options);
  }

  /**
   * Read the collection and environment files again and answer from what they hold now; the call
   * log, keys, delay and CORS mode are kept, live edits of examples and variables are replaced.
   *
   * @throws InvalidCollectionException if a file cannot be read; the old examples keep answering
   */
  public void reload() {
    runtime.reload();
  }

  /** Return the routes served, one line per method and path: {@code GET /pets/:id "Rex"}. */
  public List<String> routes() {
    return runtime.routes();
  }

  /**
   * Return the URL clients call, without a trailing slash: {@code http://127.0.0.1:54321}, or
   * {@code https://127.0.0.1:54321} for a mock started with {@link MockServerBuilder#https()}.
   */
  public String baseUrl() {
    return runtime.baseUrl();
  }

  /**
   * Return an {@link SSLContext} that trusts this HTTPS mock's certificate and no other, for {@code
   * HttpClient.newBuilder().sslContext(...)}, OkHttp, Spring and the like (see {@code
   * docs/https.md}).
   *
   * @throws IllegalStateException if this mock serves plain HTTP
   */
  public SSLContext sslContext() {
    return runtime.tls().trustingContext();
  }

  /**
   * Return the certificate this HTTPS mock presents.
   *
   * @throws IllegalStateException if this mock serves plain HTTP
   */
  public X509Certificate certificate() {
    return runtime.tls().certificate();
  }

  /**
   * Return {@link #certificate()} as PEM text ({@code -----BEGIN CERTIFICATE-----...}), for clients
   * that read a CA file such as {@code curl --cacert} or Newman's {@code --ssl-extra-ca-certs}.
   *
   * @throws IllegalStateException if this mock serves plain HTTP
   */
  public String certificatePem() {
    return runtime.tls().pem();
  }

  /** Return the port the server listens on. */
  public int port() {
    return runtime.port();
  }

  /**
   * Return the calls of the current test: those recorded while the scope opened on this thread by
   * {@link #beginTest} (which {@code @PostmanMock} does) is open; on a thread without a scope, the
   * scope opened last; with no scope at all, every call since the server started.
   */
  public CallLog calls() {
    Window<RecordedCall> window = currentWindow();
    return window == null ? allCalls() : TestScope.callsOf(window, journal);
  }

  /** Return every call since the server started, in arrival order. */
  public CallLog allCalls() {
    return CallLog.of(
        "all calls to " + this,
        journal::all,
        journal::awaitUntil,
        journal::droppedFromAll,
        journal::notableDroppedFromAll,
        journal.describeBounds());
  }

  /** Return the calls that arrived while no test was running, after a test had ended. */
  public CallLog lateCalls() {
    return CallLog.of(
        "late calls to " + this,
        journal::late,
        journal::awaitUntil,
        journal::droppedLate,
        journal::notableDroppedLate,
        journal.describeBounds());
  }

  /**
   * Start collecting the calls of one test; until the scope is closed, {@link #calls()} on this
   * thread returns them. {@code @PostmanMock} does this around each test.
   */
  public TestScope beginTest(String testName) {
    Objects.requireNonNull(testName, "testName");
    Window<RecordedCall> window = journal.open(testName);
    currentTest.set(window);
    return new TestScope(window, journal, runtime.openTest(testName, window), currentTest);
  }

  private Window<RecordedCall> currentWindow() {
    Window<RecordedCall> mine = currentTest.get();
    return mine != null && mine.isOpen() ? mine : journal.lastOpen();
  }

  /** Return the collection warnings found at start, one line each with file and JSON pointer. */
  public List<String> warnings() {
    return runtime.warnings();
  }

  /**
   * Return which examples answered calls since the server started, and which never did; counted as
   * calls are answered, so calls the log dropped or cleared still count.
   */
  public ExampleCoverage coverage() {
    return ExampleCoverage.of(runtime.examples(), served.byLocation());
  }

  /** From the next call on, resolve variables from the environment in {@code file} alone. */
  public void environment(Path file) {
    var e = Source.of(Objects.requireNonNull(file, "file")).environment();
    runtime.content(c -> c.withEnvironment(e));
  }

  /** From the next call on, resolve variables from this environment JSON alone. */
  public void environment(String name, byte[] json) {
    var e = Source.of(name, Objects.requireNonNull(json, "json")).environment();
    runtime.content(c -> c.withEnvironment(e));
  }

  /** From the next call on, set variable {@code key}; it shadows every other value of it. */
  public void variable(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    runtime.content(c -> c.withVariable(key, value));
  }

  /** Drop the value {@link #variable} set for {@code key}; collection and environment stay. */
  public void removeVariable(String key) {
    runtime.content(c -> c.withoutVariable(Objects.requireNonNull(key, "key")));
  }

  /** From the next call on, also serve the examples of the collection in {@code file}. */
  public void loadCollection(Path file) {
    var added = Source.of(Objects.requireNonNull(file, "file")).collection();
    runtime.content(c -> c.plus(added));
  }

  /**
   * From the next call on, stop serving every example with this name or id.
   *
   * @throws IllegalArgumentException if no example has that name or id
   */
  public void removeExample(String nameOrId) {
    runtime.content(c -> c.withoutExample(Objects.requireNonNull(nameOrId, "nameOrId")));
  }

  /** Make the mock private (or accept one more key): calls need a key in {@code x-api-key}. */
  public void apiKey(String key) {
    String k = MockServerBuilder.requireKey(key);
    runtime.state(s -> s.withApiKeys(s.apiKeys().with(k)));
  }

  /** Make the mock public: forget every accepted key. */
  public void publicAccess() {
    runtime.state(s -> s.withApiKeys(ApiKeys.NONE));
  }

  /** From the next call on, wait {@code delay} before answering (a call's header overrides it). */
  public void delay(Delay delay) {
    var d = Objects.requireNonNull(delay, "delay").duration();
    runtime.state(s -> s.withDelay(d));
  }

  /** From the next call on, answer browsers as {@code mode} says. */
  public void cors(CorsMode mode) {
    var policy = CorsPolicy.valueOf(Objects.requireNonNull(mode, "mode").name());
    runtime.state(s -> s.withCors(policy));
  }

  /** From the next call on, answer every call with {@code response}, whatever the examples. */
  public void serverResponse(ServerResponse response) {
    var r = Objects.requireNonNull(response, "response").toInternal();
    runtime.state(s -> s.withServerResponse(r));
  }

  /** Answer from the examples again after {@link #serverResponse}. */
  public void clearServerResponse() {
    runtime.state(s -> s.withServerResponse(null));
  }

  /**
   * Serve {@code example} until the current test ends (the scope of {@link #beginTest}), or until
   * the server closes when no test scope is open. An added example answers a call when its score is
   * at least the best of the others, so it wins every tie ({@code docs/inline-examples.md}).
   */
  public void addExample(Example example) {
    runtime.addExample(currentWindow(), Objects.requireNonNull(example, "example").model());
  }

  /** Build {@code example} and {@link #addExample(Example) add} it. */
  public void addExample(ExampleBuilder example) {
    addExample(Objects.requireNonNull(example, "example").build());
  }

  /**
   * Write the examples this mock serves (from collections and the builder; not those added during a
   * test) as a Postman collection v2.1 file with the collection variables.
   *
   * @throws IllegalArgumentException if an inline example has a binary body that is not UTF-8
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void exportCollection(Path file) {
    runtime.exportCollection(Objects.requireNonNull(file, "file"));
  }

  /**
   * In record mode, write the calls recorded so far into the collection file now (not only at
   * {@link #close()}) and return how many examples were added.
   *
   * @throws IllegalStateException if this server is not recording
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public int saveRecording() {
    if (runtime.recording() == null) {
      throw new IllegalStateException(
          this + " is not recording: start it with MockServer.builder().recordFrom(URI)");
    }
    return runtime.recording().save();
  }

  /** Return whether {@link #close()} was called. */
  public boolean isClosed() {
    return runtime.isClosed();
  }

  /** Stop at once; the port refuses connections. Idempotent. In record mode, then save. */
  @Override
  public void close() {
    runtime.close();
  }

  /** Return {@code MockServer[http://127.0.0.1:54321, petstore.postman_collection.json]}. */
  @Override
  public String toString() {
    return runtime.toString();
  }
}
