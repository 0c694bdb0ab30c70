package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.assertions.CallLogAssert;
import io.github.postmanmock.assertions.PostmanMockAssertions;
import io.github.postmanmock.testing.Http;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The call log stays small on a long run without misleading a test: bodies past a limit are cut
 * visibly, and a log that dropped calls makes every assertion on it fail and say so.
 */
class CallLogMemoryTest {
  private MockServer mock;

  @AfterEach
  void close() {
    if (mock != null) {
      mock.close();
    }
  }

  private MockServer serve(MockServerBuilder builder) {
    mock =
        builder
            .example(Examples.post("/echo").respond(200).text("{{$body}}").named("echo"))
            .example(Examples.get("/big").respond(200).text("b".repeat(5000)).named("big"))
            .example(Examples.get("/bin").respond(200).bytes(new byte[5000]).named("bin"))
            .start();
    return mock;
  }

  @Nested
  class Bodies {
    @Test
    void aRequestBodyPastTheLimitIsCutAndSaysSo() {
      serve(MockServer.builder().maxRecordedBodyBytes(10));

      Http.send(mock.baseUrl(), "POST", "/echo", "0123456789abcdef");

      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call.requestBody()).isEqualTo("0123456789");
      assertThat(call.requestBodyBytes()).hasSize(10);
      assertThat(call.requestBodySize()).isEqualTo(16);
      assertThat(call.requestBodyTruncated()).isTrue();
    }

    @Test
    void aRenderedResponseBodyPastTheLimitIsCutAndSaysSo() {
      serve(MockServer.builder().maxRecordedBodyBytes(10));

      String sent = Http.send(mock.baseUrl(), "POST", "/echo", "0123456789abcdef").body();

      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(sent).isEqualTo("0123456789abcdef");
      assertThat(call.responseBody()).isEqualTo("0123456789");
      assertThat(call.responseBodySize()).isEqualTo(16);
      assertThat(call.responseBodyTruncated()).isTrue();
    }

    @Test
    void anExamplesOwnTextIsKeptWholeWhateverTheLimit() {
      serve(MockServer.builder().maxRecordedBodyBytes(10));

      Http.get(mock.baseUrl(), "/big");

      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call.responseBody()).isEqualTo("b".repeat(5000));
      assertThat(call.responseBodyTruncated()).isFalse();
    }

    @Test
    void anInlineExamplesBytesAreKeptWholeWhateverTheLimit() {
      serve(MockServer.builder().maxRecordedBodyBytes(10));

      Http.get(mock.baseUrl(), "/bin");

      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call.responseBodySize()).isEqualTo(5000);
      assertThat(call.responseBodyTruncated()).isFalse();
    }

    @Test
    void aBodyWithinTheLimitIsKeptWhole() {
      serve(MockServer.builder());

      Http.send(mock.baseUrl(), "POST", "/echo", "x".repeat(60_000));

      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call.requestBody()).hasSize(60_000);
      assertThat(call.requestBodyTruncated()).isFalse();
      assertThat(call.responseBodyTruncated()).isFalse();
    }

    @Test
    void bodyAssertionsFailOnACutBodyInsteadOfComparingPartOfIt() {
      serve(MockServer.builder().maxRecordedBodyBytes(4));
      Http.send(mock.baseUrl(), "POST", "/echo", "{\"a\": 1}");
      RecordedCall call = mock.allCalls().asList().get(0);

      assertThatThrownBy(() -> PostmanMockAssertions.assertThat(call).hasBody("{\"a\""))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("to have its whole request body in the call log")
          .hasMessageContaining("kept only the beginning of its 8 bytes")
          .hasMessageContaining("maxRecordedBodyBytes");
      assertThatThrownBy(() -> PostmanMockAssertions.assertThat(call).hasJsonBody("{\"a\": 1}"))
          .hasMessageContaining("whole request body");
      assertThatThrownBy(() -> PostmanMockAssertions.assertThat(call).responseBody())
          .hasMessageContaining("whole response body");
    }

    @Test
    void theCallLogJsonMarksACutBodyWithItsSize() throws IOException {
      mock =
          MockServer.builder()
              .maxRecordedBodyBytes(3)
              .adminEndpoints(MockServer.DEFAULT_ADMIN_PREFIX)
              .example(Examples.post("/echo").respond(200).text("ok").named("echo"))
              .start();
      Http.send(mock.baseUrl(), "POST", "/echo", "abcdef");

      String json = Http.get(mock.baseUrl(), "/__mock/calls?include=request.body").body();

      JsonNode body = new ObjectMapper().readTree(json).path("call-logs").get(0);
      assertThat(body.at("/request/body/data").asText()).isEqualTo("abc");
      assertThat(body.at("/request/body/truncated").asBoolean()).isTrue();
      assertThat(body.at("/request/body/size").asInt()).isEqualTo(6);
    }
  }

  @Nested
  class Overflow {
    @Test
    void anAssertionOnALogThatDroppedCallsFailsAndSaysSo() {
      serve(MockServer.builder().maxRecordedCalls(2));
      for (int i = 0; i < 3; i++) {
        Http.get(mock.baseUrl(), "/big");
      }
      CallLog log = mock.allCalls();

      assertThat(log.size()).isEqualTo(2);
      assertThat(log.droppedCalls()).isEqualTo(1);
      assertThatThrownBy(() -> PostmanMockAssertions.assertThat(log).containsCallTo("GET /big"))
          .isExactlyInstanceOf(AssertionError.class)
          .hasMessageContaining("dropped its oldest 1 call")
          .hasMessageContaining("limit of 2 calls or 64 MiB")
          .hasMessageContaining("maxRecordedCalls");
      assertThat(log.toString()).contains("1 older dropped (limit 2 calls or 64 MiB)");
    }

    @Test
    void theCallsKeptCanStillBeAssertedOnExplicitly() {
      serve(MockServer.builder().maxRecordedCalls(2));
      for (int i = 0; i < 3; i++) {
        Http.get(mock.baseUrl(), "/big");
      }

      new CallLogAssert(mock.allCalls().asList()).hasSize(2).containsCallTo("GET /big");
    }

    @Test
    void theCallsOfATestAreBoundedAndLoudToo() {
      serve(MockServer.builder().maxRecordedCalls(1));
      try (TestScope scope = mock.beginTest("t")) {
        Http.get(mock.baseUrl(), "/big");
        Http.get(mock.baseUrl(), "/big");

        assertThat(scope.calls().droppedCalls()).isEqualTo(1);
        assertThatThrownBy(() -> PostmanMockAssertions.assertThat(mock.calls()).hasSize(2))
            .hasMessageContaining("calls of test [t]")
            .hasMessageContaining("dropped its oldest 1 call");
      }
    }

    @Test
    void theByteBoundDropsTheOldestCallsToo() {
      serve(MockServer.builder().maxRecordedBytes(2_000));
      for (int i = 0; i < 5; i++) {
        Http.send(mock.baseUrl(), "POST", "/echo", "x".repeat(600));
      }

      CallLog log = mock.allCalls();
      assertThat(log.size()).isBetween(1, 2);
      assertThat(log.size() + log.droppedCalls()).isEqualTo(5);
    }

    @Test
    void theUnmatchedViewCountsOnlyTheUnmatchedCallsDropped() {
      serve(MockServer.builder().maxRecordedCalls(1));
      Http.get(mock.baseUrl(), "/nowhere");
      Http.get(mock.baseUrl(), "/big");
      Http.get(mock.baseUrl(), "/big");

      assertThat(mock.allCalls().droppedCalls()).isEqualTo(2);
      assertThat(mock.allCalls().unmatched().droppedCalls()).isEqualTo(1);
      assertThat(mock.allCalls().unmatched().asList()).isEmpty();
    }

    @Test
    void awaitingCallsCountsTheDroppedOnes() {
      serve(MockServer.builder().maxRecordedCalls(1));
      Http.get(mock.baseUrl(), "/big");
      Http.get(mock.baseUrl(), "/big");

      assertThat(mock.allCalls().awaitCalls(2).size()).isEqualTo(1);
    }

    @Test
    void coverageCountsCallsTheLogDropped() {
      serve(MockServer.builder().maxRecordedCalls(1));
      Http.get(mock.baseUrl(), "/big");
      Http.send(mock.baseUrl(), "POST", "/echo", "hi");

      assertThat(mock.allCalls().droppedCalls()).isEqualTo(1);
      assertThat(mock.coverage().served()).hasSize(2);
      assertThat(mock.coverage().counts().values()).containsExactlyInAnyOrder(1, 1, 0);
    }

    @Test
    void theDefaultLogKeepsTenThousandCalls() {
      serve(MockServer.builder());
      for (int i = 0; i < 3; i++) {
        Http.get(mock.baseUrl(), "/big");
      }

      List<RecordedCall> calls = mock.allCalls().asList();
      assertThat(calls).hasSize(3);
      assertThat(mock.allCalls().droppedCalls()).isZero();
      assertThat(mock.allCalls()).hasSize(3);
    }
  }
}
