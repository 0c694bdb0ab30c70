package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpServer;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.render.ResponseRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The JDK {@code HttpServer} wired to the matching engine, the renderer and a call recorder.
 *
 * <p>TCP_NODELAY: the JDK server reads {@code sun.net.httpserver.nodelay} once, when its first
 * instance is created, and leaves Nagle's algorithm on by default. Keep-alive clients then wait for
 * the delayed ACK (~40 ms) on every response: 360 calls/s instead of ~18,000 on a loopback load
 * test. This class turns it on, unless the user set the property, before the first server exists.
 *
 * <p>Executor: the JDK default runs handlers on its single dispatcher thread, so one slow or
 * delayed call would stall every other client. Handlers run instead on a fixed pool of {@link
 * #THREADS} daemon threads (created on demand, released when idle) with an unbounded queue: a
 * bounded number of threads per server however many tests run in parallel, and calls beyond it wait
 * in arrival order rather than being refused.
 *
 * <p>Delays: a delayed answer does not hold a handler thread; a timer thread finishes it (see
 * {@link DelayedAnswers}).
 *
 * <p>Thread-safe. {@link #close()} stops at once (no lingering), ends every pending response delay
 * at once (those calls get no answer and are not recorded) and is idempotent.
 */
public final class MockHttpServer implements AutoCloseable {
  static final int THREADS = 16;
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicReference<MockState> state;
  private final AtomicBoolean closed = new AtomicBoolean();

  private final Recording recording;
  private final DelayedAnswers delays;

  private MockHttpServer(
      HttpServer server, ExecutorService executor, MockState state, Recording recording) {
    this.server = server;
    this.delays =
        new DelayedAnswers("postman-mock-" + server.getAddress().getPort() + "-delays", executor);
    this.recording = recording;
    this.executor = executor;
    this.state = new AtomicReference<>(state);
  }

  /** Bind and start a public server that answers from {@code engine} and reports every call. */
  public static MockHttpServer start(
      ServerSettings settings,
      MatchEngine engine,
      ResponseRenderer renderer,
      Consumer<ServedCall> recorder,
      Clock clock) {
    MockState initial = MockState.of(engine).withApiKeys(ApiKeys.of(settings.apiKeys()));
    return start(settings, initial, renderer, recorder, clock, Sleeper.REAL);
  }

  /**
   * Bind and start a server that answers from {@code initial} (until {@link #update} replaces it),
   * waits out delays with {@code sleeper} and reports every call.
   */
  public static MockHttpServer start(
      ServerSettings settings,
      MockState initial,
      ResponseRenderer renderer,
      Consumer<ServedCall> recorder,
      Clock clock,
      Sleeper sleeper) {
    return start(settings, initial, renderer, recorder, clock, sleeper, null);
  }

  /**
   * Bind and start a server as {@link #start(ServerSettings, MockState, ResponseRenderer, Consumer,
   * Clock, Sleeper)} does, that forwards every call through {@code recording} instead of matching
   * when it is not {@code null}.
   */
  public static MockHttpServer start(
      ServerSettings settings,
      MockState initial,
      ResponseRenderer renderer,
      Consumer<ServedCall> recorder,
      Clock clock,
      Sleeper sleeper,
      Recording recording) {
    Objects.requireNonNull(initial, "initial");
    HttpServer http = bind(settings);
    ExecutorService executor = executor(settings.name(), http.getAddress().getPort());
    MockHttpServer mock = new MockHttpServer(http, executor, initial, recording);
    MockHandler.Runtime runtime = new MockHandler.Runtime(renderer, clock, sleeper, mock.delays);
    http.createContext("/", new MockHandler(settings, mock.state, runtime, recorder, recording));
    http.setExecutor(executor);
    http.start();
    return mock;
  }

  private static HttpServer bind(ServerSettings settings) {
    try {
      InetAddress address = InetAddress.getByName(settings.host());
      return HttpServer.create(new InetSocketAddress(address, settings.port()), 256);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot listen on [" + settings.host() + ":" + settings.port() + "]: " + e.getMessage(),
          e);
    }
  }

  private static ExecutorService executor(String name, int port) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        task -> {
          Thread t = new Thread(task, "postman-mock-" + port + "-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            THREADS, THREADS, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The bound address as a URL host: {@code 127.0.0.1} or {@code [::1]}. */
  public String hostForUrl() {
    InetAddress address = server.getAddress().getAddress();
    String host = address.getHostAddress();
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** Answer the following calls from {@code next}; calls in flight finish with the old engine. */
  public void replaceEngine(MatchEngine next) {
    Objects.requireNonNull(next, "next");
    update(s -> s.withEngine(next));
  }

  /**
   * Serve the call log, its web page and a health check under {@code prefix} (see {@link
   * AdminHandler}); calls there are not matched and not recorded.
   *
   * @return the normalised prefix, such as {@code /__mock}
   */
  public String enableAdmin(String prefix, Supplier<List<ServedCall>> calls, Runnable clear) {
    String normalised = AdminHandler.normalise(prefix);
    server.createContext(normalised + "/", new AdminHandler(normalised, calls, clear));
    return normalised;
  }

  public MatchEngine engine() {
    return state.get().engine();
  }

  /** The state the next call will be answered from. */
  public MockState state() {
    return state.get();
  }

  /**
   * Answer the following calls from {@code edit} applied to the current state, atomically; calls in
   * flight finish with the state they started with.
   */
  public MockState update(UnaryOperator<MockState> edit) {
    return state.updateAndGet(s -> Objects.requireNonNull(edit.apply(s), "edited state"));
  }

  /** The recording calls are forwarded through, or {@code null} when the server answers itself. */
  public Recording recording() {
    return recording;
  }

  public boolean isClosed() {
    return closed.get();
  }

  /** Stop listening now; the port refuses connections when this returns. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      delays.close();
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
