package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.testing.Http;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting for clients that call from another thread. */
class CallLogAwaitTest {
  private static final String COLLECTION =
      "{\"info\":{\"name\":\"t\"},\"item\":[{\"name\":\"Get pet\",\"request\":"
          + "\"http://x/pets/1\",\"response\":[{\"name\":\"Rex\",\"code\":200,"
          + "\"originalRequest\":\"http://x/pets/1\",\"body\":\"{}\"}]}]}";
  private MockServer mock;

  @BeforeEach
  void start() {
    mock =
        MockServer.builder()
            .collection("t.json", COLLECTION.getBytes(StandardCharsets.UTF_8))
            .start();
  }

  @AfterEach
  void close() {
    mock.close();
  }

  /** A client on another thread that calls after a short pause, as asynchronous code does. */
  private CompletableFuture<Void> callLater(String target, int times) {
    return CompletableFuture.runAsync(
        () -> {
          for (int i = 0; i < times; i++) {
            Http.get(mock.baseUrl(), target);
          }
        },
        CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS));
  }

  @Test
  void awaitCallsReturnsOnceTheCallsArrived() {
    // given
    CompletableFuture<Void> client = callLater("/pets/1", 2);

    // when
    CallLog log = mock.allCalls().awaitCalls(2);

    // then
    assertThat(log).hasSize(2).first().hasMatchedExample("Rex");
    client.join();
  }

  @Test
  void awaitCallToWaitsForThatCall() {
    CompletableFuture<Void> client = callLater("/pets/1", 1);

    assertThat(mock.allCalls().awaitCallTo("GET /pets/1")).singleElement().hasStatus(200);
    client.join();
  }

  @Test
  void awaitingAScopeSeesOnlyItsCalls() {
    try (TestScope scope = mock.beginTest("t")) {
      CompletableFuture<Void> client = callLater("/orders", 1);

      assertThat(scope.calls().unmatched().awaitCalls(1)).singleElement().isUnmatched();
      client.join();
    }
  }

  @Test
  void timeoutFailsWithExpectedAndTheCallsThatArrived() {
    Http.get(mock.baseUrl(), "/pets/1");

    assertThatThrownBy(() -> mock.allCalls().withTimeout(Duration.ofMillis(50)).awaitCalls(3))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting within [PT0.05S]:\n  at least 3 calls\nbut there were:\n  1 call (all calls to MockServer[")
        .hasMessageEndingWith(":\n    1. GET /pets/1 -> 200 (example \"Rex\")");
  }

  @Test
  void awaitingWhatIsAlreadyThereReturnsAtOnce() {
    Http.get(mock.baseUrl(), "/pets/1");

    assertThat(mock.allCalls().withTimeout(Duration.ZERO).awaitCalls(1)).hasSize(1);
  }

  @Test
  void rejectsANegativeCountAndABadCall() {
    assertThatThrownBy(() -> mock.allCalls().awaitCalls(-1))
        .hasMessage("count must be at least 0 but was [-1]");
    assertThatThrownBy(() -> mock.allCalls().awaitCallTo("pets"))
        .hasMessage("call must be \"METHOD /path\" like \"GET /pets/1\" but was [\"pets\"]");
  }
}
