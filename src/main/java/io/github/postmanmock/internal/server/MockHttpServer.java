package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.tls.TlsIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The JDK {@code HttpServer} wired to the matching engine, the renderer and a call recorder.
 *
 * <p>JDK limits: the JDK server reads its limits (TCP_NODELAY, request and response time limits,
 * idle keep-alive connections) once, when its first instance is created; without ours, Nagle's
 * algorithm slows keep-alive clients ~50 times and a silent client holds its connection for ever.
 * {@link JdkServerLimits} sets them, unless the user set them, before the first server exists.
 *
 * <p>Executor: the JDK default runs handlers on its single dispatcher thread, so one slow or
 * delayed call would stall every other client. Handlers run instead on a {@link HandlerPool} of
 * {@link #THREADS} daemon threads per server, made on demand and released when idle, that grows up
 * to {@link #MAX_THREADS} while calls wait: the JDK reads each request on the handler thread, so
 * slow clients hold threads until the request time limit, and the others still find one. Calls
 * beyond the maximum wait in arrival order.
 *
 * <p>Delays: a delayed answer does not hold a handler thread; a timer thread finishes it (see
 * {@link DelayedAnswers}).
 *
 * <p>HTTPS: with {@link ServerSettings#tls()} set, the JDK {@code HttpsServer} listens instead,
 * with that identity; everything else is the same.
 *
 * <p>Thread-safe. {@link #close()} stops at once (no lingering), ends every pending response delay
 * at once (those calls get no answer and are not recorded) and is idempotent.
 */
public final class MockHttpServer implements AutoCloseable {
  static final int THREADS = 16;
  static final int MAX_THREADS = 256;

  static {
    JdkServerLimits.applyDefaults();
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicReference<MockState> state;
  private final AtomicBoolean closed = new AtomicBoolean();

  private final Recording recording;
  private final Scenarios scenarios = new Scenarios();
  private final DelayedAnswers delays;

  private final TlsIdentity tls;
  private MockHandler mockHandler; // set once by start, before the server accepts calls

  private MockHttpServer(
      HttpServer server,
      ExecutorService executor,
      MockState state,
      Recording recording,
      TlsIdentity tls) {
    this.server = server;
    this.tls = tls;
    this.delays =
        new DelayedAnswers("postman-mock-" + server.getAddress().getPort() + "-delays", executor);
    this.recording = recording;
    this.executor = executor;
    this.state = new AtomicReference<>(state);
  }

  /**
   * Bind and start a server that answers from {@code initial} (until {@link #update} replaces it),
   * waits out delays with {@code sleeper} and reports every call; it forwards every call through
   * {@code recording} instead of matching when that is not {@code null}.
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
    MockHttpServer mock = new MockHttpServer(http, executor, initial, recording, settings.tls());
    MockHandler.Runtime runtime =
        new MockHandler.Runtime(renderer, clock, sleeper, mock.delays, mock.scenarios);
    mock.mockHandler = new MockHandler(settings, mock.state, runtime, recorder, recording);
    http.createContext("/", mock.mockHandler);
    http.setExecutor(executor);
    http.start();
    return mock;
  }

  private static HttpServer bind(ServerSettings settings) {
    try {
      InetSocketAddress address =
          new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port());
      if (settings.tls() == null) {
        return HttpServer.create(address, 256);
      }
      HttpsServer https = HttpsServer.create(address, 256);
      https.setHttpsConfigurator(new HttpsConfigurator(settings.tls().serverContext()));
      return https;
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
    return new HandlerPool(THREADS, MAX_THREADS, threads);
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code https} when the server speaks TLS, else {@code http}. */
  public String scheme() {
    return tls == null ? "http" : "https";
  }

  /** The identity the server speaks TLS with, or {@code null} for plain HTTP. */
  public TlsIdentity tls() {
    return tls;
  }

  /**
   * The bound address as a URL host: {@code 127.0.0.1} or {@code [::1]}; {@code localhost} for a
   * server bound to every interface ({@code 0.0.0.0}), whose own address is no place to call.
   */
  public String hostForUrl() {
    return LanAddresses.urlHosts(server.getAddress().getAddress(), List.of()).get(0);
  }

  /**
   * The hosts clients can call the server at: {@link #hostForUrl()} and, for a server bound to
   * every interface, each address of this machine on the network ({@link LanAddresses}).
   */
  public List<String> hostsForUrls() {
    InetAddress bound = server.getAddress().getAddress();
    return LanAddresses.urlHosts(
        bound, bound.isAnyLocalAddress() ? LanAddresses.hosts() : List.of());
  }

  /** Answer the following calls from {@code next}; calls in flight finish with the old engine. */
  public void replaceEngine(MatchEngine next) {
    Objects.requireNonNull(next, "next");
    update(s -> s.withEngine(next));
  }

  /**
   * Serve the call log, its web page, a health check and the server-response switch under {@code
   * prefix} (see {@link AdminHandler}); calls there are not matched and not recorded.
   *
   * <p>They answer only calls whose {@code Host} is this server or one of {@code allowedHosts}, and
   * need the mock's key when it is private (see {@link AdminGuard}).
   *
   * @return the normalised prefix, such as {@code /__mock}
   */
  public String enableAdmin(
      String prefix,
      Supplier<List<LoggedCall>> calls,
      LongSupplier dropped,
      Runnable clear,
      Set<String> allowedHosts) {
    String normalised = AdminHandler.normalise(prefix);
    Set<String> hosts = new java.util.HashSet<>(allowedHosts);
    hosts.addAll(hostsForUrls());
    AdminGuard guard = new AdminGuard(() -> state.get().apiKeys(), hostForUrl(), hosts);
    var outage = new ServerResponseEndpoint(this::state, this::update);
    server.createContext(
        normalised + "/", new AdminHandler(normalised, calls, dropped, clear, guard, outage));
    server.createContext(normalised, new AdminRedirect(normalised, mockHandler));
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

  /** The sequences and limited examples of this server, and how far each has played. */
  public Scenarios scenarios() {
    return scenarios;
  }

  public boolean isClosed() {
    return closed.get();
  }

  /** Stop listening now; the port refuses connections when this returns. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (recording != null) {
        recording.stopSaving();
      }
      delays.close();
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
