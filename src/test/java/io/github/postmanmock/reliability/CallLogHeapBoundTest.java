package io.github.postmanmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The standalone server in its own JVM with a small heap keeps answering 1 MB request bodies long
 * past the point where a log keeping every body whole ran out of memory (issue 13, item 5: about
 * 242 calls with {@code -Xmx512m}). Its call log cuts each body at 64 KiB and stays within 64 MiB.
 */
@Tag("reliability")
class CallLogHeapBoundTest {
  private static final int CALLS = 400;
  private static final int BODY_BYTES = 1_000_000;
  private static final Pattern BASE_URL = Pattern.compile("Base URL:\\s+(http://\\S+)");

  @Test
  void aSmallHeapServesFourHundredOneMegabyteBodiesAndKeepsAnswering() throws Exception {
    Process server = start("-Xmx128m");
    try {
      String baseUrl = baseUrl(server);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      byte[] body = new byte[BODY_BYTES];
      java.util.Arrays.fill(body, (byte) 'x');
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < CALLS && server.isAlive(); i++) {
        HttpRequest post =
            HttpRequest.newBuilder(URI.create(baseUrl + "/pets"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        statuses.add(client.send(post, HttpResponse.BodyHandlers.discarding()).statusCode());
      }
      String health =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(baseUrl + "/__mock/health"))
                      .timeout(Duration.ofSeconds(60))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();

      assertThat(statuses).hasSize(CALLS).containsOnly(201);
      assertThat(health).contains("\"status\":\"UP\"").contains("\"calls\":" + CALLS);
      assertThat(server.isAlive()).isTrue();
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /** The standalone server on a free loopback port, in a JVM that exits on OutOfMemoryError. */
  private static Process start(String heap) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            heap,
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            System.getProperty("java.class.path"),
            "io.github.postmanmock.standalone.Main",
            "serve",
            Path.of("samples/petstore/petstore.postman_collection.json")
                .toAbsolutePath()
                .toString(),
            "--port",
            "0");
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Read the banner until it names the base URL; the rest of the output is drained meanwhile. */
  private static String baseUrl(Process server) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = BASE_URL.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (out.readLine() != null) {
                      // keep the pipe from filling
                    }
                  } catch (IOException closed) {
                    // the server stopped
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new IllegalStateException("The server stopped before printing its base URL");
  }
}
