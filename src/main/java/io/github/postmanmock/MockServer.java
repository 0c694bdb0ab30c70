package io.github.postmanmock;

import io.github.postmanmock.internal.collection.CollectionWriter;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.ApiKeys;
import io.github.postmanmock.internal.server.CallJournal;
import io.github.postmanmock.internal.server.CallJournal.Window;
import io.github.postmanmock.internal.server.CorsPolicy;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.Recording;
import io.github.postmanmock.internal.server.Routes;
import io.github.postmanmock.internal.server.ServerSettings;
import io.github.postmanmock.internal.server.Sleeper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
 * <p>This file is longer than most because it holds the nested {@link Builder} and {@link
 * TestScope}, which are part of the API, and the live-edit methods, each a short delegation to
 * {@code LiveMock}; loading lives in {@code ServerPlan} and the HTTP work in {@code
 * internal.server}.
 *
 * @since 0.1
 */
public final class MockServer implements AutoCloseable {
  /** The prefix of the admin endpoints of the standalone server: {@value}. */
  public static final String DEFAULT_ADMIN_PREFIX = "/__mock";

  private final MockHttpServer http;
  private final CallJournal<RecordedCall> journal;
  private final ThreadLocal<Window<RecordedCall>> currentTest = new ThreadLocal<>();
  private final AtomicReference<TestScope> overriding = new AtomicReference<>();
  private final String name;
  private final List<String> warnings;
  private final LiveMock live;
  private final Supplier<ServerPlan> reloader;
  private final InlineExamples inline;

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

  /** Return a builder for a server; nothing listens until {@link Builder#start()}. */
  public static Builder builder() {
    return new Builder();
  }

  static MockServer start(ServerPlan plan) {
    return start(plan, () -> plan, List.of());
  }

  private static MockServer start(
      ServerPlan plan, Supplier<ServerPlan> reloader, List<io.github.postmanmock.Example> inline) {
    CallJournal<RecordedCall> journal =
        new CallJournal<>(Comparator.comparingLong(RecordedCall::sequence));
    ServerPlan.Behaviour how = plan.how();
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

  private MockServer withAdmin(String prefix) {
    if (prefix != null) {
      http.enableAdmin(
          prefix, () -> journal.all().stream().map(RecordedCall::served).toList(), journal::clear);
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
    Environment e = ServerPlan.Source.of(name, Builder.requireJson(json)).environment();
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
    String k = Builder.requireKey(key);
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

  /**
   * The calls of one test on one server, from {@link #beginTest} until {@link #close()}.
   *
   * <p>Thread-safe; closing is idempotent and keeps the calls collected so far.
   *
   * @since 0.1
   */
  public static final class TestScope implements AutoCloseable {
    private final MockServer server;
    private final Window<RecordedCall> window;
    private TestOverrides overrides;

    private TestScope(MockServer server, Window<RecordedCall> window) {
      this.server = server;
      this.window = window;
    }

    /** Return the name the scope was opened with. */
    public String name() {
      return window.name();
    }

    /** Return a live view of the calls recorded while the scope is open. */
    public CallLog calls() {
      return CallLog.of(
          "calls of test [" + window.name() + "]", window::calls, server.journal::awaitUntil);
    }

    /**
     * Answer the calls of one request with example {@code example} (its name, or its place {@code
     * "Pets/Get pet/Rex"}) until the scope closes: the other examples with the same method and path
     * are set aside; other calls are answered as usual. Only one scope at a time may choose
     * examples or variables on a server.
     *
     * @throws IllegalArgumentException if no example, or more than one, has that name
     * @throws IllegalStateException if another open scope already chose examples or variables
     */
    public synchronized TestScope useExample(String example) {
      overrides().useExample(example);
      return this;
    }

    /**
     * Set variable {@code key} to {@code value} until the scope closes; it shadows every other
     * value. Same rules as {@link #useExample(String)}.
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

  /**
   * Configures and starts a {@link MockServer}. Files are read, and the server bound, by {@link
   * #start()}.
   *
   * <p>Not thread-safe: configure on one thread.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<ServerPlan.Source> collections = new ArrayList<>();
    private final List<ServerPlan.Source> environments = new ArrayList<>();
    private final List<Example> examples = new ArrayList<>();
    private final List<io.github.postmanmock.Example> inlineExamples = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<Variable> collectionVariables = new ArrayList<>();
    private final List<Variable> environmentValues = new ArrayList<>();
    private final Set<String> apiKeys = new LinkedHashSet<>();
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
    private Sleeper sleeper = Sleeper.REAL;
    private final RecordingPlan recording = new RecordingPlan();

    private Builder() {}

    /** Serve the examples of the Postman collection (v2.0 or v2.1) in {@code file}. */
    public Builder collection(Path file) {
      collections.add(ServerPlan.Source.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /** Serve the examples of a Postman collection given as JSON; {@code name} is for messages. */
    public Builder collection(String name, byte[] json) {
      collections.add(
          ServerPlan.Source.of(Objects.requireNonNull(name, "name"), requireJson(json)));
      return this;
    }

    /**
     * Resolve variables from the Postman environment in {@code file}; they shadow collection ones.
     */
    public Builder environment(Path file) {
      environments.add(ServerPlan.Source.of(Objects.requireNonNull(file, "file")));
      return this;
    }

    /** Resolve variables from a Postman environment given as JSON; {@code name} is for messages. */
    public Builder environment(String name, byte[] json) {
      environments.add(
          ServerPlan.Source.of(Objects.requireNonNull(name, "name"), requireJson(json)));
      return this;
    }

    /** Set variable {@code key}; it shadows collection and environment values. */
    public Builder variable(String key, String value) {
      variables.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Choose examples with {@code options} instead of {@link MatchingOptions#defaults()}. */
    public Builder options(MatchingOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Make the mock private: calls without this key in {@code x-api-key} get a 401. May be called
     * several times to accept several keys.
     */
    public Builder apiKey(String key) {
      apiKeys.add(requireKey(key));
      return this;
    }

    /** Make dynamic variables repeatable: the same calls get the same values on every run. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Take timestamps ({@code {{$timestamp}}}, the call log) from {@code clock}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Wait {@code delay} before each answer; a call's {@code x-mock-response-delay} wins. */
    public Builder delay(Delay delay) {
      this.delay = Objects.requireNonNull(delay, "delay");
      return this;
    }

    /** Answer browsers as {@code mode} says instead of {@link CorsMode#AUTO}. */
    public Builder cors(CorsMode mode) {
      this.cors = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Start with {@code response} answering every call (see {@link MockServer#serverResponse}). */
    public Builder serverResponse(ServerResponse response) {
      this.serverResponse = Objects.requireNonNull(response, "response");
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** Bind to {@code host} instead of {@code 127.0.0.1}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Listen on {@code port} instead of an ephemeral port; 0 picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in [0, 65535] but was [" + port + "]");
      }
      this.port = port;
      return this;
    }

    /**
     * Answer 413 Payload Too Large to request bodies longer than {@code limit} bytes; -1 (the
     * default) for no limit, or Postman's 1 MB limit answered with 400 under {@link
     * MatchingOptions#strict() strict matching}.
     */
    public Builder maxBodyBytes(long limit) {
      if (limit < -1) {
        throw new IllegalArgumentException(
            "maxBodyBytes must be -1 (no limit) or at least 0 but was [" + limit + "]");
      }
      this.maxBodyBytes = limit;
      return this;
    }

    /**
     * Record mode: forward every call to the service at {@code target} (such as {@code
     * http://localhost:8080}), send its answer back unchanged and save each exchange as an example.
     * See {@code docs/recording.md}.
     */
    public Builder recordFrom(URI target) {
      recording.target(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Write the recorded examples to {@code file} (created when missing, added to otherwise);
     * without it, to the one {@link #collection(Path)} given.
     */
    public Builder recordTo(Path file) {
      recording.out(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * Never save header {@code name} in a recording, besides Authorization, Cookie and the like.
     */
    public Builder recordWithoutHeader(String name) {
      recording.sensitiveHeader(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Save ID-like path segments (digits, UUIDs) as {@code {{id}}} so examples match any ID. */
    public Builder recordIdsAsVariables(boolean on) {
      recording.idVariables(on);
      return this;
    }

    /**
     * Serve an inline example as if it were the last example of the collections; Postman's scoring
     * and tie-breaks treat it like any saved example.
     */
    public Builder example(io.github.postmanmock.Example example) {
      inlineExamples.add(Objects.requireNonNull(example, "example"));
      examples.add(example.model());
      return this;
    }

    /** Build {@code example} and serve it, as {@link #example(io.github.postmanmock.Example)}. */
    public Builder example(ExampleBuilder example) {
      return example(Objects.requireNonNull(example, "example").build());
    }

    /**
     * Serve the call log and a health check under {@code prefix} (such as {@link
     * #DEFAULT_ADMIN_PREFIX}): {@code GET prefix/calls} (Postman's call-log API shape), {@code
     * DELETE prefix/calls}, {@code GET prefix/health} and the call-log web page at {@code prefix/}.
     * Off unless called; these calls are never matched nor recorded.
     */
    public Builder adminEndpoints(String prefix) {
      Objects.requireNonNull(prefix, "prefix");
      this.adminPrefix = prefix;
      return this;
    }

    Builder examples(List<Example> more) {
      examples.addAll(more);
      return this;
    }

    Builder variables(List<Variable> collection, List<Variable> environment) {
      collectionVariables.addAll(collection);
      environmentValues.addAll(environment);
      return this;
    }

    /**
     * Read the collections and environments, bind the port and start answering.
     *
     * @throws InvalidCollectionException if a file cannot be read or is not a Postman collection
     * @throws java.io.UncheckedIOException if the port cannot be bound
     */
    public MockServer start() {
      String name =
          collections.isEmpty()
              ? "inline examples"
              : collections.stream().map(ServerPlan.Source::name).collect(Collectors.joining(", "));
      ServerSettings settings = bodyLimit(name);
      ServerPlan.Inline inline =
          new ServerPlan.Inline(
              List.copyOf(examples),
              List.copyOf(collectionVariables),
              List.copyOf(environmentValues),
              new LinkedHashMap<>(variables));
      Recording recorder = recording.start(collections);
      List<ServerPlan.Source> files = recorder == null ? List.copyOf(collections) : List.of();
      List<ServerPlan.Source> envs = List.copyOf(environments);
      MatchOptions matching = options.toInternal();
      ServerPlan.Behaviour how =
          new ServerPlan.Behaviour(seed, clock, delay, cors, serverResponse, sleeper);
      Supplier<ServerPlan> load =
          () -> ServerPlan.load(inline, files, envs, matching, settings, how, recorder);
      List<io.github.postmanmock.Example> given = List.copyOf(inlineExamples);
      return MockServer.start(load.get(), load, given).withAdmin(adminPrefix);
    }

    /**
     * A limit the user set is answered with 413; without one, strict matching takes Postman's own 1
     * MB limit and answers past it with 400, as Postman does (SPEC §4, case 62).
     */
    private ServerSettings bodyLimit(String name) {
      if (maxBodyBytes == -1 && CollectionWarnings.isStrict(options.toInternal())) {
        return new ServerSettings(
            host, port, ServerSettings.POSTMAN_BODY_LIMIT, 400, apiKeys, name);
      }
      return new ServerSettings(host, port, maxBodyBytes, 413, apiKeys, name);
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
}
