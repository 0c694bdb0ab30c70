package io.github.postmanmock;

import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.server.CallJournal;
import io.github.postmanmock.internal.server.CallJournal.Window;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.ServerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * <p>This file is longer than most because it holds the nested {@link Builder} and {@link
 * TestScope}, which are part of the API; loading lives in {@code ServerPlan} and the HTTP work in
 * {@code internal.server}.
 *
 * @since 0.1
 */
public final class MockServer implements AutoCloseable {
  private final MockHttpServer http;
  private final CallJournal<RecordedCall> journal;
  private final ThreadLocal<Window<RecordedCall>> currentTest = new ThreadLocal<>();
  private final String name;
  private final InlineExamples inline;

  private MockServer(
      MockHttpServer http,
      CallJournal<RecordedCall> journal,
      String name,
      List<io.github.postmanmock.Example> inline) {
    this.http = http;
    this.journal = journal;
    this.name = name;
    this.inline = new InlineExamples(http, inline);
  }

  /** Return a builder for a server; nothing listens until {@link Builder#start()}. */
  public static Builder builder() {
    return new Builder();
  }

  static MockServer start(ServerPlan plan, List<io.github.postmanmock.Example> inline) {
    CallJournal<RecordedCall> journal =
        new CallJournal<>(Comparator.comparingLong(RecordedCall::sequence));
    MockHttpServer http =
        MockHttpServer.start(
            plan.settings(),
            plan.engine(),
            ResponseRenderer.standard(),
            served -> journal.record(RecordedCall.of(served)),
            Clock.systemUTC());
    return new MockServer(http, journal, plan.settings().name(), inline);
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
        : CallLog.of("calls of test [" + window.name() + "]", window::calls);
  }

  /** Return every call since the server started, in arrival order. */
  public CallLog allCalls() {
    return CallLog.of("all calls to " + this, journal::all);
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

  /** Return whether {@link #close()} was called. */
  public boolean isClosed() {
    return http.isClosed();
  }

  /** Stop the server at once; the port refuses connections afterwards. Idempotent. */
  @Override
  public void close() {
    http.close();
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
      return CallLog.of("calls of test [" + window.name() + "]", window::calls);
    }

    /** Stop collecting calls. */
    @Override
    public void close() {
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
      if (Objects.requireNonNull(key, "key").isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank but was [\"" + key + "\"]");
      }
      apiKeys.add(key);
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

    /** Answer 413 to request bodies longer than {@code limit} bytes; -1 (the default) for none. */
    public Builder maxBodyBytes(long limit) {
      if (limit < -1) {
        throw new IllegalArgumentException(
            "maxBodyBytes must be -1 (no limit) or at least 0 but was [" + limit + "]");
      }
      this.maxBodyBytes = limit;
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
      ServerSettings settings = new ServerSettings(host, port, maxBodyBytes, apiKeys, name);
      return MockServer.start(
          ServerPlan.load(
              new ServerPlan.Inline(examples, collectionVariables, environmentValues, variables),
              collections,
              environments,
              options.toInternal(),
              settings),
          inlineExamples);
    }

    private static byte[] requireJson(byte[] json) {
      return Objects.requireNonNull(json, "json");
    }
  }
}
