package io.github.postmanmock;

import io.github.postmanmock.internal.runtime.AnswerChoices;
import io.github.postmanmock.internal.runtime.ForwardChoices;
import io.github.postmanmock.internal.runtime.ListenChoices;
import io.github.postmanmock.internal.runtime.ServerOptions;
import io.github.postmanmock.internal.runtime.Source;
import io.github.postmanmock.internal.runtime.SourceChoices;
import io.github.postmanmock.internal.runtime.TlsSource;
import io.github.postmanmock.internal.server.CorsPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Configures and starts a {@link MockServer}; {@link MockServer#builder()} returns one. Files are
 * read, and the server bound, by {@link #start()}.
 *
 * <p>This builder is the one place where every server option lives with its validation and its
 * message: {@code @PostmanMock}, {@code PostmanMockExtension}'s builder and the standalone command
 * line map onto it. Not thread-safe: configure on one thread; {@link #start()} may be called more
 * than once, each time for a new server.
 *
 * @since 0.1
 */
public final class MockServerBuilder {
  private final SourceChoices sources = new SourceChoices();
  private final AnswerChoices answers = new AnswerChoices();
  private final ListenChoices listen = new ListenChoices();
  private final ForwardChoices forward = new ForwardChoices();
  private Consumer<RecordedCall> onCall = call -> {};

  MockServerBuilder() {}

  /** Serve the examples of the Postman collection (v2.0 or v2.1) in {@code file}. */
  public MockServerBuilder collection(Path file) {
    return set(() -> sources.collection(Source.of(file)));
  }

  /**
   * Serve the examples of a Postman collection found as {@code @PostmanMock("...")} finds it: a
   * resource on the class path (of the thread's context class loader), else a file relative to the
   * working directory.
   *
   * @throws IllegalArgumentException if it is neither, naming every place looked at
   */
  public MockServerBuilder collection(String resourceOrFile) {
    return set(() -> sources.collection(Source.find(resourceOrFile, "collection")));
  }

  /** Serve the examples of a Postman collection given as JSON; {@code name} is for messages. */
  public MockServerBuilder collection(String name, byte[] json) {
    return set(() -> sources.collection(Source.of(name, json)));
  }

  /**
   * Resolve variables from the Postman environment in {@code file}; they shadow collection ones.
   */
  public MockServerBuilder environment(Path file) {
    return set(() -> sources.environment(Source.of(file)));
  }

  /**
   * Resolve variables from a Postman environment found like {@link #collection(String)}: on the
   * class path, else as a file.
   */
  public MockServerBuilder environment(String resourceOrFile) {
    return set(() -> sources.environment(Source.find(resourceOrFile, "environment")));
  }

  /** Resolve variables from a Postman environment given as JSON; {@code name} is for messages. */
  public MockServerBuilder environment(String name, byte[] json) {
    return set(() -> sources.environment(Source.of(name, json)));
  }

  /** Set variable {@code key}; it shadows collection and environment values. */
  public MockServerBuilder variable(String key, String value) {
    return set(() -> sources.variable(key, value));
  }

  /**
   * Serve an inline example as if it were the last example of the collections; Postman's scoring
   * and tie-breaks treat it like any saved example.
   */
  public MockServerBuilder example(io.github.postmanmock.Example example) {
    return set(() -> sources.example(Objects.requireNonNull(example, "example").model()));
  }

  /** Build {@code example} and serve it, as {@link #example(io.github.postmanmock.Example)}. */
  public MockServerBuilder example(ExampleBuilder example) {
    return example(Objects.requireNonNull(example, "example").build());
  }

  /** Choose examples with {@code options} instead of {@link MatchingOptions#defaults()}. */
  public MockServerBuilder options(MatchingOptions options) {
    return set(() -> answers.matching(Objects.requireNonNull(options, "options").toInternal()));
  }

  /** Make dynamic variables repeatable: the same calls get the same values on every run. */
  public MockServerBuilder seed(long seed) {
    return set(() -> answers.seed(seed));
  }

  /** Take timestamps ({@code {{$timestamp}}}, the call log) from {@code clock}. */
  public MockServerBuilder clock(Clock clock) {
    return set(() -> answers.clock(clock));
  }

  /** Wait {@code delay} before each answer; a call's {@code x-mock-response-delay} wins. */
  public MockServerBuilder delay(Delay delay) {
    var d = Objects.requireNonNull(delay, "delay");
    return set(() -> answers.delay(d.duration(), d.preflightDelay()));
  }

  /** Answer browsers as {@code mode} says instead of {@link CorsMode#AUTO}. */
  public MockServerBuilder cors(CorsMode mode) {
    return set(() -> answers.cors(CorsPolicy.valueOf(Objects.requireNonNull(mode, "mode").name())));
  }

  /** Start with {@code response} answering every call (see {@link MockServer#serverResponse}). */
  public MockServerBuilder serverResponse(ServerResponse response) {
    return set(
        () -> answers.serverResponse(Objects.requireNonNull(response, "response").toInternal()));
  }

  /**
   * Refuse to start when the collection lint finds a warning ({@link MockServer#warnings()}): the
   * server then fails with an {@link InvalidCollectionException} listing them all. Off by default;
   * independent of {@link MatchingOptions#strict() strict matching}.
   */
  public MockServerBuilder failOnCollectionWarnings(boolean on) {
    return set(() -> answers.failOnWarnings(on));
  }

  /**
   * Log (or not) one summary line per collection with warnings to the {@code System.Logger} named
   * {@code io.github.postmanmock}, once per JVM for the same warnings; on by default. The warnings
   * themselves are in {@link MockServer#warnings()} either way.
   */
  public MockServerBuilder logCollectionWarnings(boolean on) {
    return set(() -> answers.logWarnings(on));
  }

  /**
   * Keep only the newest {@code max} calls (10,000 by default) in each call log: {@link
   * MockServer#allCalls()}, the calls of each test and {@link MockServer#lateCalls()}. Past it the
   * oldest are dropped and counted ({@link CallLog#droppedCalls()}), and an assertion on a log that
   * dropped calls fails and says so. See {@code docs/assertions.md}.
   */
  public MockServerBuilder maxRecordedCalls(int max) {
    return set(() -> answers.maxRecordedCalls(max));
  }

  /**
   * Keep at most about {@code max} bytes of heap (64 MiB by default) in each call log, as for
   * {@link #maxRecordedCalls}; each call weighs its kept bodies and headers plus about 200 bytes.
   */
  public MockServerBuilder maxRecordedBytes(long max) {
    return set(() -> answers.maxRecordedBytes(max));
  }

  /**
   * Keep at most the first {@code max} bytes (64 KiB by default) of each request and response body
   * in the call log; the server still reads, matches and sends bodies whole. {@link
   * RecordedCall#requestBodyTruncated()} tells when a body was cut, and body assertions fail on
   * one. A response body that is an example's own text or bytes is never cut nor copied.
   */
  public MockServerBuilder maxRecordedBodyBytes(int max) {
    return set(() -> answers.maxRecordedBodyBytes(max));
  }

  /**
   * Tell {@code listener} of every call once it is recorded, before its response is written: the
   * standalone server prints a line per call with it. It runs on the thread answering the call, so
   * it should be quick; an exception it throws is ignored.
   */
  public MockServerBuilder onCall(Consumer<RecordedCall> listener) {
    this.onCall = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** Bind to {@code host} instead of {@code 127.0.0.1}. */
  public MockServerBuilder host(String host) {
    return set(() -> listen.host(host));
  }

  /** Listen on {@code port} instead of an ephemeral port; 0 picks a free one. */
  public MockServerBuilder port(int port) {
    return set(() -> listen.port(port));
  }

  /**
   * Answer 413 Payload Too Large to request bodies longer than {@code limit} bytes; -1 (the
   * default) for no limit, or Postman's 1 MB limit answered with 400 under {@link
   * MatchingOptions#strict() strict matching}.
   *
   * @throws IllegalArgumentException if {@code limit} is below -1
   */
  public MockServerBuilder maxBodyBytes(long limit) {
    return set(() -> listen.maxBodyBytes(limit));
  }

  /**
   * Make the mock private: calls without this key in {@code x-api-key} get a 401. May be called
   * several times to accept several keys.
   */
  public MockServerBuilder apiKey(String key) {
    return set(() -> listen.apiKey(key));
  }

  /**
   * Serve HTTPS instead of HTTP, with a self-signed certificate for {@code localhost}, {@code
   * 127.0.0.1} and {@code ::1} made once per JVM: {@link MockServer#baseUrl()} then starts with
   * {@code https://} and {@link MockServer#sslContext()} trusts the mock. See {@code
   * docs/https.md}.
   */
  public MockServerBuilder https() {
    return set(() -> listen.https());
  }

  /**
   * Serve HTTPS with the first private key and certificate chain of the PKCS12 key store in {@code
   * file}, opened with {@code password}, instead of the generated certificate.
   *
   * @throws PostmanMockException from {@link #start()} if the store cannot be read or opened
   */
  public MockServerBuilder keyStore(Path file, char[] password) {
    return set(() -> listen.tls(TlsSource.keyStore(file, password)));
  }

  /**
   * Serve HTTPS as {@link #keyStore(Path, char[])} from a key store found like {@link
   * #collection(String)}: on the class path, else as a file.
   *
   * @throws IllegalArgumentException if it is neither, naming every place looked at
   */
  public MockServerBuilder keyStore(String resourceOrFile, char[] password) {
    return set(() -> listen.tls(TlsSource.keyStore(resourceOrFile, password)));
  }

  /**
   * Serve the call log and a health check under {@code prefix} (such as {@link
   * MockServer#DEFAULT_ADMIN_PREFIX}): {@code GET prefix/calls} (Postman's call-log API shape),
   * {@code DELETE prefix/calls}, {@code GET prefix/health} and the call-log web page at {@code
   * prefix/}. Off unless called; these calls are never matched nor recorded.
   */
  public MockServerBuilder adminEndpoints(String prefix) {
    return set(() -> listen.adminPrefix(prefix));
  }

  /**
   * Let the admin endpoints also answer calls whose {@code Host} is one of {@code names} (a host
   * name or address, without port). Without this they answer only {@code localhost}, {@code
   * 127.0.0.1}, {@code [::1]} and the bound address, which stops web pages from reading the call
   * log through DNS rebinding; allow the name clients use when the mock listens on another
   * interface.
   */
  public MockServerBuilder allowedHosts(String... names) {
    return set(() -> Arrays.stream(names).forEach(listen::allowedHost));
  }

  /**
   * Record mode: forward every call to the service at {@code target} (such as {@code
   * http://localhost:8080}), send its answer back unchanged and save each exchange as an example.
   * See {@code docs/recording.md}.
   */
  public MockServerBuilder recordFrom(URI target) {
    return set(() -> forward.recordFrom(target));
  }

  /**
   * Write the recorded examples to {@code file} (created when missing, added to otherwise); without
   * it, to the one {@link #collection(Path)} given.
   */
  public MockServerBuilder recordTo(Path file) {
    return set(() -> forward.recordTo(file));
  }

  /** Never save header {@code name} in a recording, besides Authorization, Cookie and the like. */
  public MockServerBuilder recordWithoutHeader(String name) {
    return set(() -> forward.recordWithoutHeader(name));
  }

  /**
   * Save the recording within {@code interval} of each new exchange as well as on close, so that a
   * process killed without warning loses little; off unless called (the standalone jar saves every
   * second).
   */
  public MockServerBuilder recordSaveEvery(Duration interval) {
    return set(() -> forward.recordSaveEvery(interval));
  }

  /** Save ID-like path segments (digits, UUIDs) as {@code {{id}}} so examples match any ID. */
  public MockServerBuilder recordIdsAsVariables(boolean on) {
    return set(() -> forward.recordIdsAsVariables(on));
  }

  /**
   * Passthrough: forward every call that no example answers to the service at {@code target} (such
   * as {@code http://localhost:8080}) and send its answer back; the call counts as proxied, not as
   * unmatched. See {@code docs/scenarios.md}.
   */
  public MockServerBuilder passthroughTo(URI target) {
    return set(() -> forward.passthroughTo(target));
  }

  /**
   * With {@link #passthroughTo(URI)}: also save each forwarded exchange as an example in {@code
   * file} (created when missing, added to otherwise) when the server closes.
   */
  public MockServerBuilder recordUnmatched(Path file) {
    return set(() -> forward.recordUnmatched(file));
  }

  /**
   * Read the collections and environments, bind the port and start answering.
   *
   * @throws InvalidCollectionException if a file cannot be read or is not a Postman collection
   * @throws PostmanMockException if the {@link #keyStore} cannot be read or opened
   * @throws java.io.UncheckedIOException if the port cannot be bound
   */
  public MockServer start() {
    return MockServer.start(options(), onCall);
  }

  /** The options as the value the server runs with; each was checked as it was given. */
  ServerOptions options() {
    return ServerOptions.of(sources, listen, answers, forward);
  }

  private MockServerBuilder set(Runnable choice) {
    choice.run();
    return this;
  }
}
