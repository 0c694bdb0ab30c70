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

/** Delayed answers wait on a timer, not on a handler thread: many of them do not stall a server. */
class DelayedCallsConcurrencyTest {
  private static final int CALLS = 64;
  private static final long DELAY_MILLIS = 600;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final MockServer mock =
      MockServer.builder()
          .examples(List.of(example("d", "GET", "/d").build(), example("q", "GET", "/q").build()))
          .start();

  @AfterEach
  void close() {
    mock.close();
  }

  @Test
  void manyDelayedCallsWaitTogetherAndOtherCallsAreAnsweredMeanwhile() throws Exception {
    long start = System.nanoTime();
    List<CompletableFuture<Long>> delayed = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      delayed.add(finishMillis(call("/d", String.valueOf(DELAY_MILLIS)), start));
    }
    Thread.sleep(100);
    long other = System.nanoTime();
    HttpResponse<String> quick = call("/q", null).get(10, TimeUnit.SECONDS);
    long otherMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - other);

    List<Long> finished = new ArrayList<>();
    for (CompletableFuture<Long> f : delayed) {
      finished.add(f.get(20, TimeUnit.SECONDS));
    }

    assertThat(quick.statusCode()).isEqualTo(200);
    assertThat(otherMillis).isLessThan(1000);
    assertThat(finished).allSatisfy(ms -> assertThat(ms).isBetween(DELAY_MILLIS, 1500L));
    assertThat(mock.allCalls().asList())
        .filteredOn(c -> c.path().equals("/d"))
        .hasSize(CALLS)
        .allSatisfy(c -> assertThat(c.delay()).isEqualTo(Duration.ofMillis(DELAY_MILLIS)));
  }

  private CompletableFuture<HttpResponse<String>> call(String path, String delay) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + path)).timeout(Duration.ofSeconds(15));
    if (delay != null) {
      request.header("x-mock-response-delay", delay);
    }
    return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static CompletableFuture<Long> finishMillis(
      CompletableFuture<HttpResponse<String>> call, long start) {
    return call.thenApply(
        r -> {
          assertThat(r.statusCode()).isEqualTo(200);
          return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        });
  }
}
