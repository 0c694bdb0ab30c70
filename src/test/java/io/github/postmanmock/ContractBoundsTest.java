package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.postmanmock.ContractEntry.Outcome;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds of a contract check: redirects are answers of their own, and a call can time out. */
class ContractBoundsTest {
  private static final String COLLECTION =
      """
      {"info": {"name": "Bounds"}, "item": [
        {"name": "Moved", "request": {"method": "GET", "url": "/old"}, "response": [
          {"name": "Redirect", "originalRequest": {"method": "GET", "url": "/old"}, "code": 302,
           "header": [], "body": ""}]},
        {"name": "Slow", "request": {"method": "GET", "url": "/slow"}, "response": [
          {"name": "Eventually", "originalRequest": {"method": "GET", "url": "/slow"}, "code": 200,
           "header": [], "body": ""}]}]}
      """;

  @TempDir Path dir;
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile boolean hold;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private HttpServer server;
  private ContractCheck check;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
    Path collection = Files.writeString(dir.resolve("bounds.json"), COLLECTION);
    check =
        ContractCheck.of(collection)
            .against(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      switch (exchange.getRequestURI().getPath()) {
        case "/old" -> {
          exchange.getResponseHeaders().set("Location", "/new");
          exchange.sendResponseHeaders(302, -1);
        }
        case "/slow" -> {
          if (hold) {
            awaitRelease();
          }
          exchange.sendResponseHeaders(200, -1);
        }
        default -> {
          byte[] body = "moved here".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
        }
      }
    }
  }

  private void awaitRelease() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void comparesARedirectAsItCame() {
    ContractEntry moved = check.run().entries().get(0);

    assertThat(moved.outcome()).isEqualTo(Outcome.OK);
  }

  @Test
  void followsARedirectOnlyWhenAsked() {
    ContractEntry moved = check.followRedirects(true).run().entries().get(0);

    assertThat(moved.drifts()).containsExactly("status: expected 302, found 200");
  }

  @Test
  void aCallWithoutAnAnswerInTimeIsDrift() {
    hold = true;

    ContractEntry slow = check.timeout(Duration.ofMillis(300)).run().entries().get(1);

    assertThat(slow.outcome()).isEqualTo(Outcome.DRIFT);
    assertThat(slow.reason()).isEqualTo("no answer in time");
    assertThat(slow.drifts()).containsExactly("status: expected 200, found no answer");
  }
}
