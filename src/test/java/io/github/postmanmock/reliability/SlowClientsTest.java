package io.github.postmanmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A hundred clients that stall (silent after one byte, a body cut short, a response never read) do
 * not keep a well-behaved client waiting, with the default settings. The bound is not a speed
 * figure: it is below the JDK's request time limit (30 s), the moment the server would free the
 * threads the stalled clients hold if it did not grow its pool, so a call answered within it was
 * answered beside them, not after them (a quiet machine answers in 0.2-1.1 s, a loaded one has
 * taken 17 s). Run alone ({@link Isolated}): the descriptor tests' thousands of connections beside
 * it measured the machine, not the server.
 */
@Tag("reliability")
@Isolated
class SlowClientsTest {
  private static final int STALLED = 100;
  private static final Duration BOUND = Duration.ofSeconds(25);

  private final List<Socket> stalled = new ArrayList<>();
  private MockServer mock;

  @BeforeEach
  void start() throws Exception {
    byte[] big = new byte[8 * 1024 * 1024];
    mock =
        MockServer.builder()
            .example(Examples.get("/pets/1").respond(200).json("{\"id\":1}"))
            .example(Examples.get("/big").respond(200).bytes(big))
            .example(Examples.post("/pets").respond(201).json("{}"))
            .start();
    // one call before the clients stall, so the timed one measures them, not a cold HTTP client
    timedCall("before stalling");
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket s : stalled) {
      s.close();
    }
    mock.close();
  }

  @Test
  void aWellBehavedCallIsAnsweredBesideSilentClients() throws Exception {
    for (int i = 0; i < STALLED; i++) {
      stall(
          i % 3 == 0
              ? "G"
              : i % 3 == 1
                  ? "GET /pets/1 HTTP/1.1\r\nHo"
                  : "POST /pets HTTP/1.1\r\nContent-Length: 50\r\n\r\n{");
    }

    assertThat(timedCall("stalled")).isLessThan(BOUND);
  }

  @Test
  void aWellBehavedCallIsAnsweredBesideClientsThatNeverRead() throws Exception {
    for (int i = 0; i < STALLED; i++) {
      stall("GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
    }

    assertThat(timedCall("stalled")).isLessThan(BOUND);
  }

  private void stall(String bytes) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(4096);
    socket.connect(new java.net.InetSocketAddress("127.0.0.1", mock.port()));
    stalled.add(socket);
    socket.getOutputStream().write(bytes.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
  }

  private Duration timedCall(String when) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(BOUND).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/pets/1"))
            .timeout(BOUND.multipliedBy(2))
            .build();
    long start = System.nanoTime();
    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(answer.statusCode()).isEqualTo(200);
    System.out.println(
        "[reliability] "
            + when
            + ": answered beside "
            + stalled.size()
            + " stalled clients in "
            + took.toMillis()
            + " ms");
    return took;
  }
}
