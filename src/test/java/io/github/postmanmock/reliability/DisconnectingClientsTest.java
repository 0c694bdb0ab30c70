package io.github.postmanmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.testing.Eventually;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Clients that leave at any point cost the server nothing that lasts: after thousands of them the
 * descriptor count of this JVM (server and clients both live here) is back where it was.
 */
@Tag("reliability")
class DisconnectingClientsTest {
  /** The figure; lower it with -Dreliability.calls=N on a machine short of time. */
  private static final int CALLS = Integer.getInteger("reliability.calls", 20_000);

  private static final String DELAYED =
      "GET /slow HTTP/1.1\r\nHost: x\r\nx-mock-response-delay: 20\r\n\r\n";

  private MockServer mock;

  @BeforeEach
  void start() {
    mock =
        MockServer.builder()
            .example(Examples.get("/slow").respond(200).text("late"))
            .example(Examples.post("/up").respond(201).text("stored"))
            .start();
  }

  @AfterEach
  void stop() {
    mock.close();
  }

  @Test
  void delayedAnswersToClientsThatLeftLeakNoDescriptor() throws Exception {
    assumeThat(Descriptors.available()).as("/proc/self/fd").isTrue();
    int before = Descriptors.count();

    for (int i = 0; i < CALLS; i++) {
      send(DELAYED, i % 10 != 0);
    }

    assertSettles(before);
    assertAnswers();
  }

  @Test
  void clientsThatLeaveMidRequestLeakNoDescriptor() throws Exception {
    assumeThat(Descriptors.available()).as("/proc/self/fd").isTrue();
    int before = Descriptors.count();

    for (int i = 0; i < CALLS / 10; i++) {
      send("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhalf", true);
      send("POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", true);
      send("GET /sl", true);
    }

    assertSettles(before);
    assertAnswers();
  }

  /**
   * Send and close at once: with a reset ({@code reset}), so the client side keeps no TIME_WAIT
   * port, or with an orderly close, as most clients leave.
   */
  private void send(String request, boolean reset) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", mock.port())) {
      if (reset) {
        socket.setSoLinger(true, 0);
      }
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    }
  }

  private void assertAnswers() throws IOException {
    assertThat(
            RawClient.exchange(
                mock.port(), "GET /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
  }

  private static void assertSettles(int before) {
    int slack = 32;
    boolean settled =
        Eventually.holds(Duration.ofSeconds(60), () -> Descriptors.count() <= before + slack);
    assertThat(Descriptors.count())
        .as("descriptors after, %d before", before)
        .isLessThanOrEqualTo(before + slack);
    assertThat(settled).isTrue();
  }
}
