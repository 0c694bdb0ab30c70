package io.github.postmanmock;

import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.runtime.CollectionWarnings;
import io.github.postmanmock.internal.runtime.RecordingOptions;
import io.github.postmanmock.internal.runtime.ResourceFiles;
import io.github.postmanmock.internal.runtime.ServerOptions;
import io.github.postmanmock.internal.runtime.Source;
import io.github.postmanmock.internal.server.CallLogLimits;
import io.github.postmanmock.internal.server.CorsPolicy;
import io.github.postmanmock.internal.server.ServerSettings;
import io.github.postmanmock.internal.server.Sleeper;
import io.github.postmanmock.internal.tls.KeyStoreFile;
import io.github.postmanmock.internal.tls.TlsIdentity;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
  private final List<Source> collections = new ArrayList<>();
  private final List<Source> environments = new ArrayList<>();
  private final List<MockExample> examples = new ArrayList<>();
  private final Map<String, String> variables = new LinkedHashMap<>();
  private final Set<String> apiKeys = new LinkedHashSet<>();
  private final Set<String> allowedHosts = new LinkedHashSet<>();
  private MatchingOptions options = MatchingOptions.defaults();
  private String host = "127.0.0.1";
  private int port;
  private long maxBodyBytes = -1;
  private String adminPrefix;
  private Long seed;
  private Clock clock = Clock.systemUTC();
  private Delay delay = Delay.NONE;
  private CorsMode cors = CorsMode.AUTO;
  private ServerResponse serverResponse;
  private Consumer<RecordedCall> onCall = call -> {};
  private int maxRecordedCalls = CallLogLimits.DEFAULT_MAX_CALLS;
  private long maxRecordedBytes = CallLogLimits.DEFAULT_MAX_BYTES;
  private int maxRecordedBodyBytes = CallLogLimits.DEFAULT_MAX_BODY_BYTES;
  private URI recordFrom;
  private Path recordTo;
  private final Set<String> recordWithout = new LinkedHashSet<>();
  private boolean recordIds;
  private URI passthroughTo;
  private Path recordUnmatched;
  private Duration recordSaveEvery;
  private boolean failOnWarnings;
  private boolean logWarnings = true;
  private Supplier<TlsIdentity> tls;

  MockServerBuilder() {}

  /** Serve the examples of the Postman collection (v2.0 or v2.1) in {@code file}. */
  public MockServerBuilder collection(Path file) {
    collections.add(Source.of(Objects.requireNonNull(file, "file")));
    return this;
  }

  /**
   * Serve the examples of a Postman collection found as {@code @PostmanMock("...")} finds it: a
   * resource on the class path (of the thread's context class loader), else a file relative to the
   * working directory.
   *
   * @throws IllegalArgumentException if it is neither, naming every place looked at
   */
  public MockServerBuilder collection(String resourceOrFile) {
    return collection(resourceOrFile, ResourceFiles.read(resourceOrFile, "collection"));
  }

  /** Serve the examples of a Postman collection given as JSON; {@code name} is for messages. */
  public MockServerBuilder collection(String name, byte[] json) {
    collections.add(Source.of(Objects.requireNonNull(name, "name"), requireJson(json)));
    return this;
  }

  /**
   * Resolve variables from the Postman environment in {@code file}; they shadow collection ones.
   */
  public MockServerBuilder environment(Path file) {
    environments.add(Source.of(Objects.requireNonNull(file, "file")));
    return this;
  }

  /**
   * Resolve variables from a Postman environment found like {@link #collection(String)}: on the
   * class path, else as a file.
   */
  public MockServerBuilder environment(String resourceOrFile) {
    return environment(resourceOrFile, ResourceFiles.read(resourceOrFile, "environment"));
  }

  /** Resolve variables from a Postman environment given as JSON; {@code name} is for messages. */
  public MockServerBuilder environment(String name, byte[] json) {
    environments.add(Source.of(Objects.requireNonNull(name, "name"), requireJson(json)));
    return this;
  }

  /** Set variable {@code key}; it shadows collection and environment values. */
  public MockServerBuilder variable(String key, String value) {
    variables.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** Choose examples with {@code options} instead of {@link MatchingOptions#defaults()}. */
  public MockServerBuilder options(MatchingOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return this;
  }

  /**
   * Make the mock private: calls without this key in {@code x-api-key} get a 401. May be called
   * several times to accept several keys.
   */
  public MockServerBuilder apiKey(String key) {
    apiKeys.add(requireKey(key));
    return this;
  }

  /** Make dynamic variables repeatable: the same calls get the same values on every run. */
  public MockServerBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Take timestamps ({@code {{$timestamp}}}, the call log) from {@code clock}. */
  public MockServerBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Wait {@code delay} before each answer; a call's {@code x-mock-response-delay} wins. */
  public MockServerBuilder delay(Delay delay) {
    this.delay = Objects.requireNonNull(delay, "delay");
    return this;
  }

  /** Answer browsers as {@code mode} says instead of {@link CorsMode#AUTO}. */
  public MockServerBuilder cors(CorsMode mode) {
    this.cors = Objects.requireNonNull(mode, "mode");
    return this;
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

  /** Start with {@code response} answering every call (see {@link MockServer#serverResponse}). */
  public MockServerBuilder serverResponse(ServerResponse response) {
    this.serverResponse = Objects.requireNonNull(response, "response");
    return this;
  }

  /** Bind to {@code host} instead of {@code 127.0.0.1}. */
  public MockServerBuilder host(String host) {
    this.host = Objects.requireNonNull(host, "host");
    return this;
  }

  /** Listen on {@code port} instead of an ephemeral port; 0 picks a free one. */
  public MockServerBuilder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535] but was [" + port + "]");
    }
    this.port = port;
    return this;
  }

  /**
   * Refuse to start when the collection lint finds a warning ({@link MockServer#warnings()}): the
   * server then fails with an {@link InvalidCollectionException} listing them all. Off by default;
   * independent of {@link MatchingOptions#strict() strict matching}.
   */
  public MockServerBuilder failOnCollectionWarnings(boolean on) {
    this.failOnWarnings = on;
    return this;
  }

  /**
   * Log (or not) one summary line per collection with warnings to the {@code System.Logger} named
   * {@code io.github.postmanmock}, once per JVM for the same warnings; on by default. The warnings
   * themselves are in {@link MockServer#warnings()} either way.
   */
  public MockServerBuilder logCollectionWarnings(boolean on) {
    this.logWarnings = on;
    return this;
  }

  /**
   * Answer 413 Payload Too Large to request bodies longer than {@code limit} bytes; -1 (the
   * default) for no limit, or Postman's 1 MB limit answered with 400 under {@link
   * MatchingOptions#strict() strict matching}.
   *
   * @throws IllegalArgumentException if {@code limit} is below -1
   */
  public MockServerBuilder maxBodyBytes(long limit) {
    if (limit < -1) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be -1 (no limit) or at least 0 but was [" + limit + "]");
    }
    this.maxBodyBytes = limit;
    return this;
  }

  /**
   * Keep only the newest {@code max} calls (10,000 by default) in each call log: {@link
   * MockServer#allCalls()}, the calls of each test and {@link MockServer#lateCalls()}. Past it the
   * oldest are dropped and counted ({@link CallLog#droppedCalls()}), and an assertion on a log that
   * dropped calls fails and says so. See {@code docs/assertions.md}.
   */
  public MockServerBuilder maxRecordedCalls(int max) {
    this.maxRecordedCalls = limits(max, maxRecordedBytes, maxRecordedBodyBytes).maxCalls();
    return this;
  }

  /**
   * Keep at most about {@code max} bytes of heap (64 MiB by default) in each call log, as for
   * {@link #maxRecordedCalls}; each call weighs its kept bodies and headers plus about 200 bytes.
   */
  public MockServerBuilder maxRecordedBytes(long max) {
    this.maxRecordedBytes = limits(maxRecordedCalls, max, maxRecordedBodyBytes).maxBytes();
    return this;
  }

  /**
   * Keep at most the first {@code max} bytes (64 KiB by default) of each request and response body
   * in the call log; the server still reads, matches and sends bodies whole. {@link
   * RecordedCall#requestBodyTruncated()} tells when a body was cut, and body assertions fail on
   * one. A response body that is an example's own text or bytes is never cut nor copied.
   */
  public MockServerBuilder maxRecordedBodyBytes(int max) {
    this.maxRecordedBodyBytes = limits(maxRecordedCalls, maxRecordedBytes, max).maxBodyBytes();
    return this;
  }

  private static CallLogLimits limits(int calls, long bytes, int bodyBytes) {
    return new CallLogLimits(calls, bytes, bodyBytes);
  }

  /**
   * Record mode: forward every call to the service at {@code target} (such as {@code
   * http://localhost:8080}), send its answer back unchanged and save each exchange as an example.
   * See {@code docs/recording.md}.
   */
  public MockServerBuilder recordFrom(URI target) {
    Objects.requireNonNull(target, "target");
    if (target.getScheme() == null || target.getHost() == null) {
      throw new IllegalArgumentException(
          "the recording target must be a URL such as [http://localhost:8080] but was ["
              + target
              + "]");
    }
    this.recordFrom = target;
    return this;
  }

  /**
   * Write the recorded examples to {@code file} (created when missing, added to otherwise); without
   * it, to the one {@link #collection(Path)} given.
   */
  public MockServerBuilder recordTo(Path file) {
    this.recordTo = Objects.requireNonNull(file, "file");
    return this;
  }

  /** Never save header {@code name} in a recording, besides Authorization, Cookie and the like. */
  public MockServerBuilder recordWithoutHeader(String name) {
    recordWithout.add(Objects.requireNonNull(name, "name"));
    return this;
  }

  /**
   * Save the recording within {@code interval} of each new exchange as well as on close, so that a
   * process killed without warning loses little; off unless called (the standalone jar saves every
   * second).
   */
  public MockServerBuilder recordSaveEvery(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("recordSaveEvery must be positive but was " + interval);
    }
    this.recordSaveEvery = interval;
    return this;
  }

  /** Save ID-like path segments (digits, UUIDs) as {@code {{id}}} so examples match any ID. */
  public MockServerBuilder recordIdsAsVariables(boolean on) {
    this.recordIds = on;
    return this;
  }

  /**
   * Passthrough: forward every call that no example answers to the service at {@code target} (such
   * as {@code http://localhost:8080}) and send its answer back; the call counts as proxied, not as
   * unmatched. See {@code docs/scenarios.md}.
   */
  public MockServerBuilder passthroughTo(URI target) {
    Objects.requireNonNull(target, "target");
    if (target.getScheme() == null || target.getHost() == null) {
      throw new IllegalArgumentException(
          "the passthrough target must be a URL such as [http://localhost:8080] but was ["
              + target
              + "]");
    }
    this.passthroughTo = target;
    return this;
  }

  /**
   * With {@link #passthroughTo(URI)}: also save each forwarded exchange as an example in {@code
   * file} (created when missing, added to otherwise) when the server closes.
   */
  public MockServerBuilder recordUnmatched(Path file) {
    this.recordUnmatched = Objects.requireNonNull(file, "file");
    return this;
  }

  /**
   * Serve an inline example as if it were the last example of the collections; Postman's scoring
   * and tie-breaks treat it like any saved example.
   */
  public MockServerBuilder example(io.github.postmanmock.Example example) {
    examples.add(Objects.requireNonNull(example, "example").model());
    return this;
  }

  /** Build {@code example} and serve it, as {@link #example(io.github.postmanmock.Example)}. */
  public MockServerBuilder example(ExampleBuilder example) {
    return example(Objects.requireNonNull(example, "example").build());
  }

  /**
   * Serve HTTPS instead of HTTP, with a self-signed certificate for {@code localhost}, {@code
   * 127.0.0.1} and {@code ::1} made once per JVM: {@link MockServer#baseUrl()} then starts with
   * {@code https://} and {@link MockServer#sslContext()} trusts the mock. See {@code
   * docs/https.md}.
   */
  public MockServerBuilder https() {
    if (tls == null) {
      tls = TlsIdentity::generated;
    }
    return this;
  }

  /**
   * Serve HTTPS with the first private key and certificate chain of the PKCS12 key store in {@code
   * file}, opened with {@code password}, instead of the generated certificate.
   *
   * @throws PostmanMockException from {@link #start()} if the store cannot be read or opened
   */
  public MockServerBuilder keyStore(Path file, char[] password) {
    Objects.requireNonNull(file, "file");
    char[] copy = Objects.requireNonNull(password, "password").clone();
    tls = () -> KeyStoreFile.read(file, copy);
    return this;
  }

  /**
   * Serve HTTPS as {@link #keyStore(Path, char[])} from a key store found like {@link
   * #collection(String)}: on the class path, else as a file.
   *
   * @throws IllegalArgumentException if it is neither, naming every place looked at
   */
  public MockServerBuilder keyStore(String resourceOrFile, char[] password) {
    byte[] pkcs12 = ResourceFiles.read(resourceOrFile, "key store");
    char[] copy = Objects.requireNonNull(password, "password").clone();
    tls = () -> KeyStoreFile.read(resourceOrFile, pkcs12, copy);
    return this;
  }

  /**
   * Serve the call log and a health check under {@code prefix} (such as {@link
   * MockServer#DEFAULT_ADMIN_PREFIX}): {@code GET prefix/calls} (Postman's call-log API shape),
   * {@code DELETE prefix/calls}, {@code GET prefix/health} and the call-log web page at {@code
   * prefix/}. Off unless called; these calls are never matched nor recorded.
   */
  public MockServerBuilder adminEndpoints(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    this.adminPrefix = prefix;
    return this;
  }

  /**
   * Let the admin endpoints also answer calls whose {@code Host} is one of {@code names} (a host
   * name or address, without port). Without this they answer only {@code localhost}, {@code
   * 127.0.0.1}, {@code [::1]} and the bound address, which stops web pages from reading the call
   * log through DNS rebinding; allow the name clients use when the mock listens on another
   * interface.
   */
  public MockServerBuilder allowedHosts(String... names) {
    for (String name : names) {
      allowedHosts.add(Objects.requireNonNull(name, "name"));
    }
    return this;
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

  /** The options as the value the server runs with; validated as each method was called. */
  ServerOptions options() {
    if (passthroughTo != null && recordFrom != null) {
      throw new IllegalStateException(
          "recordFrom("
              + recordFrom
              + ") and passthroughTo("
              + passthroughTo
              + ") were both set;"
              + " record mode forwards every call, passthrough only the unmatched ones: choose one");
    }
    if (recordUnmatched != null && passthroughTo == null) {
      throw new IllegalStateException(
          "recordUnmatched("
              + recordUnmatched
              + ") needs passthroughTo(URI): it saves what the"
              + " passthrough target answered");
    }
    String name =
        collections.isEmpty()
            ? "inline examples"
            : collections.stream().map(Source::name).collect(Collectors.joining(", "));
    var matching = options.toInternal();
    boolean postmanLimit = maxBodyBytes == -1 && CollectionWarnings.isStrict(matching);
    TlsIdentity identity = tls == null ? null : tls.get();
    ServerSettings settings =
        postmanLimit
            ? new ServerSettings(
                host, port, ServerSettings.POSTMAN_BODY_LIMIT, 400, apiKeys, name, identity)
            : new ServerSettings(host, port, maxBodyBytes, 413, apiKeys, name, identity);
    var given = new ServerOptions.Given(examples, List.of(), List.of(), variables);
    var behaviour =
        new ServerOptions.Behaviour(
            seed,
            clock,
            delay.duration(),
            CorsPolicy.valueOf(cors.name()),
            serverResponse == null ? null : serverResponse.toInternal(),
            Sleeper.REAL,
            limits(maxRecordedCalls, maxRecordedBytes, maxRecordedBodyBytes),
            delay.preflightDelay());
    var recording =
        passthroughTo != null
            ? new RecordingOptions(
                passthroughTo, recordUnmatched, recordWithout, recordIds, null, true)
            : new RecordingOptions(
                recordFrom, recordTo, recordWithout, recordIds, recordSaveEvery, false);
    var warnings = new CollectionWarnings.Policy(failOnWarnings, logWarnings);
    return new ServerOptions(
        collections,
        environments,
        given,
        matching,
        warnings,
        settings.withAllowedHosts(allowedHosts),
        adminPrefix,
        behaviour,
        recording);
  }

  static byte[] requireJson(byte[] json) {
    return Objects.requireNonNull(json, "json");
  }

  static String requireKey(String key) {
    if (Objects.requireNonNull(key, "key").isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank but was [\"" + key + "\"]");
    }
    return key;
  }
}
