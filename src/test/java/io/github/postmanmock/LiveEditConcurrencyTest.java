package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.testing.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Live edits while clients call: every response must come from exactly one state of the mock, never
 * from half of an edit.
 */
class LiveEditConcurrencyTest {

  @Test
  void everyResponseIsConsistentWithExactlyOneState() throws Exception {
    try (MockServer mock =
        Seams.of(MockServer.builder().environment("start", environment(0)))
            .examples(
                List.of(
                    example("s", "GET", "/s")
                        .header("X-Left", "{{left}}")
                        .header("X-Right", "{{right}}")
                        .body("{{left}}|{{right}}")
                        .build()))
            .start()) {
      ExecutorService clients = Executors.newFixedThreadPool(6);
      AtomicBoolean editing = new AtomicBoolean(true);
      List<Future<List<String>>> seen = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        seen.add(clients.submit(() -> callWhile(mock, editing)));
      }
      for (int n = 1; n <= 150; n++) {
        mock.environment("state " + n, environment(n));
        if (n % 10 == 0) {
          mock.serverResponse(ServerResponse.of(503).body("down|down"));
          mock.clearServerResponse();
        }
      }
      editing.set(false);
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : seen) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }
      clients.shutdown();

      assertThat(all).isNotEmpty().allSatisfy(LiveEditConcurrencyTest::isOneState);
      assertThat(all).anyMatch(r -> !r.startsWith("200 0|0"));
    }
  }

  private static List<String> callWhile(MockServer mock, AtomicBoolean editing) {
    List<String> results = new ArrayList<>();
    while (editing.get() || results.size() < 5) {
      HttpResponse<String> r = Http.get(mock.baseUrl(), "/s");
      results.add(
          r.statusCode()
              + " "
              + r.body()
              + " "
              + r.headers().firstValue("X-Left").orElse("-")
              + " "
              + r.headers().firstValue("X-Right").orElse("-"));
    }
    return results;
  }

  /** {@code 200 n|n n n} for state n, or {@code 503 down|down - -} while the outage is set. */
  private static void isOneState(String response) {
    String[] parts = response.split(" ");
    if (parts[0].equals("503")) {
      assertThat(response).isEqualTo("503 down|down - -");
      return;
    }
    String n = parts[1].substring(0, parts[1].indexOf('|'));
    assertThat(response).isEqualTo("200 " + n + "|" + n + " " + n + " " + n);
  }

  private static byte[] environment(int n) {
    return ("{\"name\":\"e"
            + n
            + "\",\"values\":[{\"key\":\"left\",\"value\":\""
            + n
            + "\"},{\"key\":\"right\",\"value\":\""
            + n
            + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
