package io.github.postmanmock;

import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.runtime.CallBook;
import io.github.postmanmock.internal.runtime.MockRuntime;
import io.github.postmanmock.internal.runtime.ServerOptions;
import io.github.postmanmock.internal.server.CallJournal.Window;
import io.github.postmanmock.internal.server.CorsPolicy;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
  private final CallBook<RecordedCall> book;

  private MockServer(ServerOptions options, Consumer<RecordedCall> listener) {
    AtomicReference<MockRuntime> self = new AtomicReference<>();
    Supplier<String> name = () -> self.get().name();
    Supplier<List<MockExample>> known = () -> self.get().content().knownExamples();
    this.book =
        new CallBook<>(
            options.behaviour().callLog(),
            RecordedCall::served,
            RecordedCall::unanswered,
            kept -> RecordedCall.of(kept, name, known),
            listener);
    this.runtime = MockRuntime.start(options, book);
    self.set(runtime);
  }

  /** Return a builder for a server; nothing listens until {@link MockServerBuilder#start()}. */
  public static MockServerBuilder builder() {
    return new MockServerBuilder();
  }

  static MockServer start(ServerOptions options) {
    return new MockServer(options, call -> {});
  }

  static MockServer start(ServerOptions options, Consumer<RecordedCall> listener) {
    return new MockServer(options, listener);
  }

  /**
   * Read the collection and environment files again and answer from what they hold now; the call
   * log, keys, delay and CORS mode are kept, live edits of examples and variables are replaced.
   *
   * @throws InvalidCollectionException if a file cannot be read; the old examples keep answering
   */
  public void reload() {
    runtime.content().reload();
  }

  /** Return the routes served, one line per method and path: {@code GET /pets/:id "Rex"}. */
  public List<String> routes() {
    return runtime.content().routes();
  }

  /**
   * Return the URL clients call, without a trailing slash: {@code http://127.0.0.1:54321}, or
   * {@code https://127.0.0.1:54321} for a mock started with {@link MockServerBuilder#https()}.
   */
  public String baseUrl() {
    return runtime.endpoint().baseUrl();
  }

  /**
   * Return every base URL clients can call: {@link #baseUrl()} and, for a server bound to every
   * interface ({@code host("0.0.0.0")}), one per IPv4 address of this machine on the network, the
   * URLs to give a phone or a colleague.
   */
  public List<String> baseUrls() {
    return runtime.endpoint().baseUrls();
  }

  /**
   * Return an {@link SSLContext} that trusts this HTTPS mock's certificate and no other, for {@code
   * HttpClient.newBuilder().sslContext(...)}, OkHttp, Spring and the like (see {@code
   * docs/https.md}).
   *
   * @throws IllegalStateException if this mock serves plain HTTP
   */
  public SSLContext sslContext() {
    return runtime.endpoint().tls().trustingContext();
  }

  /**
   * Return the certificate this HTTPS mock presents.
   *
   * @throws IllegalStateException if this mock serves plain HTTP
   */
  public X509Certificate certificate() {
    return runtime.endpoint().tls().certificate();
  }

  /**
   * Return {@link #certificate()} as PEM text ({@code -----BEGIN CERTIFICATE-----...}), for clients
   * that read a CA file such as {@code curl --cacert} or Newman's {@code --ssl-extra-ca-certs}.
   *
   * @throws IllegalStateException if this mock serves plain HTTP
   */
  public String certificatePem() {
    return runtime.endpoint().tls().pem();
  }

  /** Return the port the server listens on. */
  public int port() {
    return runtime.endpoint().port();
  }

  /**
   * Return the calls of the current test: those recorded while the scope opened on this thread by
   * {@link #beginTest} (which {@code @PostmanMock} does) is open; on a thread without a scope, the
   * scope opened last; with no scope at all, every call since the server started.
   */
  public CallLog calls() {
    Window<RecordedCall> window = book.current();
    return window == null ? allCalls() : CallLog.testOf(window, book.journal());
  }

  /** Return every call since the server started, in arrival order. */
  public CallLog allCalls() {
    return CallLog.allOf(book.journal(), "all calls to " + this);
  }

  /** Return the calls that arrived while no test was running, after a test had ended. */
  public CallLog lateCalls() {
    return CallLog.lateOf(book.journal(), "late calls to " + this);
  }

  /**
   * Start collecting the calls of one test; until the scope is closed, {@link #calls()} on this
   * thread returns them. {@code @PostmanMock} does this around each test.
   */
  public TestScope beginTest(String testName) {
    Window<RecordedCall> window = book.open(Objects.requireNonNull(testName, "testName"));
    var handle = runtime.openTest(testName, window);
    return new TestScope(window, book.journal(), handle, book.currentTest());
  }

  /**
   * Return the collection warnings found at start (or by the last {@link #reload()}), one line each
   * with file and JSON pointer.
   */
  public List<String> warnings() {
    return runtime.content().warnings();
  }

  /**
   * Return which examples answered calls since the server started, and which never did; counted as
   * calls are answered, so calls the log dropped or cleared still count.
   */
  public ExampleCoverage coverage() {
    return ExampleCoverage.of(runtime.content().examples(), book.servedByLocation());
  }

  /** From the next call on, resolve variables from the environment in {@code file} alone. */
  public void environment(Path file) {
    runtime.edits().environment(file);
  }

  /** From the next call on, resolve variables from this environment JSON alone. */
  public void environment(String name, byte[] json) {
    runtime.edits().environment(name, json);
  }

  /** From the next call on, set variable {@code key}; it shadows every other value of it. */
  public void variable(String key, String value) {
    runtime.edits().variable(key, value);
  }

  /** Drop the value {@link #variable} set for {@code key}; collection and environment stay. */
  public void removeVariable(String key) {
    runtime.edits().removeVariable(key);
  }

  /** From the next call on, also serve the examples of the collection in {@code file}. */
  public void loadCollection(Path file) {
    runtime.edits().loadCollection(file);
  }

  /**
   * From the next call on, stop serving every example with this name or id.
   *
   * @throws IllegalArgumentException if no example has that name or id
   */
  public void removeExample(String nameOrId) {
    runtime.edits().removeExample(nameOrId);
  }

  /** Make the mock private (or accept one more key): calls need a key in {@code x-api-key}. */
  public void apiKey(String key) {
    runtime.edits().apiKey(key);
  }

  /** Make the mock public: forget every accepted key. */
  public void publicAccess() {
    runtime.edits().publicAccess();
  }

  /** From the next call on, wait {@code delay} before answering (a call's header overrides it). */
  public void delay(Delay delay) {
    var d = Objects.requireNonNull(delay, "delay");
    runtime.edits().delay(d.duration(), d.preflightDelay());
  }

  /** From the next call on, answer browsers as {@code mode} says. */
  public void cors(CorsMode mode) {
    runtime.edits().cors(CorsPolicy.valueOf(Objects.requireNonNull(mode, "mode").name()));
  }

  /** From the next call on, answer every call with {@code response}, whatever the examples. */
  public void serverResponse(ServerResponse response) {
    runtime.edits().serverResponse(Objects.requireNonNull(response, "response").toInternal());
  }

  /** Answer from the examples again after {@link #serverResponse}. */
  public void clearServerResponse() {
    runtime.edits().serverResponse(null);
  }

  /**
   * Serve {@code example} until the current test ends (the scope of {@link #beginTest}), or until
   * the server closes when no test scope is open. An added example answers a call when its score is
   * at least the best of the others, so it wins every tie ({@code docs/inline-examples.md}).
   */
  public void addExample(Example example) {
    runtime.addExample(book.current(), Objects.requireNonNull(example, "example").model());
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
    runtime.content().exportCollection(Objects.requireNonNull(file, "file"));
  }

  /**
   * In record mode, write the calls recorded so far into the collection file now (not only at
   * {@link #close()}) and return how many examples were added.
   *
   * @throws IllegalStateException if this server is not recording
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public int saveRecording() {
    return runtime.saveRecording();
  }

  /**
   * Start every limited example ({@link ExampleBuilder#times(int)}) and every sequence from its
   * first step again; the JUnit extension does so before each test.
   */
  public void resetScenarios() {
    runtime.resetScenarios();
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
