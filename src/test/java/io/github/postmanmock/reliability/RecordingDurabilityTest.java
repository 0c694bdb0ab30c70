package io.github.postmanmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.OrdersService;
import io.github.postmanmock.testing.Eventually;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record mode loses little when the process dies: exchanges are saved as they come. */
@Tag("reliability")
class RecordingDurabilityTest {
  @TempDir Path dir;

  @Test
  void exchangesReachTheFileWhileTheServerStillRuns() throws Exception {
    Path out = dir.resolve("orders.json");
    try (OrdersService service = OrdersService.start();
        MockServer mock =
            MockServer.builder()
                .recordFrom(service.uri())
                .recordTo(out)
                .recordSaveEvery(Duration.ofMillis(100))
                .start()) {
      get(mock, "/orders/42");

      assertThat(Eventually.holds(Duration.ofSeconds(30), () -> saved(out).contains("/orders/42")))
          .as("saved before close, as a kill -9 would find it")
          .isTrue();
    }
  }

  @Test
  void aTemporaryFileLeftByAKilledSaveIsRemoved() throws IOException {
    Path out = dir.resolve("orders.json");
    Path leftover = Files.writeString(dir.resolve("orders.json.4711.tmp"), "{\"half\":");
    try (OrdersService service = OrdersService.start();
        MockServer mock = MockServer.builder().recordFrom(service.uri()).recordTo(out).start()) {
      assertThat(leftover).doesNotExist();
      assertThat(mock.isClosed()).isFalse();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no call recorded: no file, and no leftover").isEmpty();
    }
  }

  private static void get(MockServer mock, String path) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(mock.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  private static String saved(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
