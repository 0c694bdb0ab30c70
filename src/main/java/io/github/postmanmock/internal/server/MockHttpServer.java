package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpServer;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.render.ResponseRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
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
import java.util.function.Function;

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
 * <p>Thread-safe. {@link #close()} stops at once (no lingering) and is idempotent.
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
  private final AtomicReference<MatchEngine> engine;
  private final AtomicReference<MatchEngine> preferred = new AtomicReference<>();
  private final AtomicReference<Function<Example, ExampleExtras>> extras =
      new AtomicReference<>(e -> ExampleExtras.NONE);
  private final AtomicBoolean closed = new AtomicBoolean();

  private MockHttpServer(HttpServer server, ExecutorService executor, MatchEngine engine) {
    this.server = server;
    this.executor = executor;
    this.engine = new AtomicReference<>(engine);
  }

  /** Bind and start a server that answers from {@code engine} and reports every call. */
  public static MockHttpServer start(
      ServerSettings settings,
      MatchEngine engine,
      ResponseRenderer renderer,
      Consumer<ServedCall> recorder,
      Clock clock) {
    Objects.requireNonNull(engine, "engine");
    HttpServer http = bind(settings);
    ExecutorService executor = executor(settings.name(), http.getAddress().getPort());
    MockHttpServer mock = new MockHttpServer(http, executor, engine);
    http.createContext(
        "/",
        new MockHandler(
            settings,
            new MockHandler.Engines(mock.engine, mock.preferred, mock.extras),
            renderer,
            recorder,
            clock));
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
    engine.set(Objects.requireNonNull(next, "next"));
  }

  /**
   * Match the following calls against {@code next} first (examples added during a test): it wins
   * when its example scores at least as high as the best of {@link #engine()}; {@code null} for
   * none.
   */
  public void preferEngine(MatchEngine next) {
    preferred.set(next);
  }

  /** Use {@code lookup} to find the delay and binary body of a chosen example. */
  public void extras(Function<Example, ExampleExtras> lookup) {
    extras.set(Objects.requireNonNull(lookup, "lookup"));
  }

  public MatchEngine engine() {
    return engine.get();
  }

  public boolean isClosed() {
    return closed.get();
  }

  /** Stop listening now; the port refuses connections when this returns. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
