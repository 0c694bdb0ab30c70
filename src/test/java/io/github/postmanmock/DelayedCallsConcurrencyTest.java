package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Delayed answers wait on a timer, not on a handler thread: many of them do not stall a server. The
 * test compares the order in which answers arrive, never wall-clock bounds: with the delays
 * sleeping on the server's 16 handler threads, the plain call would queue behind them and be
 * answered after the first delayed ones.
 */
class DelayedCallsConcurrencyTest {
  private static final int CALLS = 48;
  private static final long DELAY_MILLIS = 4000;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final MockServer mock =
      Seams.of(MockServer.builder())
          .examples(List.of(example("d", "GET", "/d").build(), example("q", "GET", "/q").build()))
          .start();

  @AfterEach
  void close() {
    mock.close();
  }

  @Test
  void manyDelayedCallsWaitTogetherAndOtherCallsAreAnsweredMeanwhile() throws Exception {
    // given: more delayed calls in flight than the server has handler threads
    List<CompletableFuture<Long>> delayed = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      delayed.add(finishedAt(call("/d", String.valueOf(DELAY_MILLIS))));
    }
    Thread.sleep(500);

    // when
    HttpResponse<String> quick = call("/q", null).get(30, TimeUnit.SECONDS);
    long quickFinishedAt = System.nanoTime();
    List<Long> finished = new ArrayList<>();
    for (CompletableFuture<Long> f : delayed) {
      finished.add(f.get(60, TimeUnit.SECONDS));
    }

    // then
    assertThat(quick.statusCode()).isEqualTo(200);
    assertThat(finished).allSatisfy(at -> assertThat(at).isGreaterThan(quickFinishedAt));
    assertThat(mock.allCalls().asList())
        .filteredOn(c -> c.path().equals("/d"))
        .hasSize(CALLS)
        .allSatisfy(c -> assertThat(c.delay()).isEqualTo(Duration.ofMillis(DELAY_MILLIS)));
  }

  private CompletableFuture<HttpResponse<String>> call(String path, String delay) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    if (delay != null) {
      request.header("x-mock-response-delay", delay);
    }
    return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static CompletableFuture<Long> finishedAt(CompletableFuture<HttpResponse<String>> call) {
    return call.thenApply(
        r -> {
          assertThat(r.statusCode()).isEqualTo(200);
          return System.nanoTime();
        });
  }
}
