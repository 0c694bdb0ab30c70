package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.testing.Http;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passthrough: calls no example answers go to a real service on loopback. */
class PassthroughTest {
  @TempDir Path dir;

  @Test
  void unmatchedCallIsForwardedAndProxiedWhileExamplesStillAnswer() {
    try (OrdersService real = OrdersService.start();
        MockServer mock =
            MockServer.builder()
                .example(Examples.get("/orders/1").respond(200).json("{\"id\": 1, \"mock\": true}"))
                .passthroughTo(real.uri())
                .start()) {
      assertThat(Http.get(mock.baseUrl(), "/orders/1").body()).contains("\"mock\": true");
      var forwarded = Http.get(mock.baseUrl(), "/customers/7");
      assertThat(forwarded.statusCode()).isEqualTo(200);
      assertThat(forwarded.body()).isEqualTo("hello from /customers/7");

      List<RecordedCall> calls = mock.allCalls().asList();
      assertThat(calls).extracting(RecordedCall::proxied).containsExactly(false, true);
      assertThat(mock.allCalls().unmatched().size()).isZero();
      assertThat(real.seenHeaders()).hasSize(1);
    }
  }

  @Test
  void serviceThatIsDownGivesA502NamingIt() {
    // port 1: nothing listens there; a port freed by a service this test stopped could be taken by
    // a server of a test running beside it, which then got this test's forwarded call
    URI down = URI.create("http://127.0.0.1:1");
    try (MockServer mock = MockServer.builder().passthroughTo(down).start()) {
      var answer = Http.get(mock.baseUrl(), "/orders/1");
      assertThat(answer.statusCode()).isEqualTo(502);
      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call.proxied()).isTrue();
      assertThat(call.noMatchReason()).startsWith("The passthrough target [" + down);
    }
  }

  @Test
  void recordUnmatchedSavesTheForwardedCallsAsExamples() throws Exception {
    Path file = dir.resolve("filled.postman_collection.json");
    try (OrdersService real = OrdersService.start()) {
      try (MockServer mock =
          MockServer.builder().passthroughTo(real.uri()).recordUnmatched(file).start()) {
        assertThat(Http.get(mock.baseUrl(), "/orders/42").statusCode()).isEqualTo(200);
      }
    }
    assertThat(Files.readString(file)).contains("/orders/42").contains("tea");
    try (MockServer replay = MockServer.builder().collection(file).start()) {
      assertThat(Http.get(replay.baseUrl(), "/orders/42").body()).contains("tea");
    }
  }

  @Test
  void passthroughAndRecordModeExcludeEachOther() {
    var builder =
        MockServer.builder()
            .recordFrom(URI.create("http://127.0.0.1:1"))
            .passthroughTo(URI.create("http://127.0.0.1:2"));
    assertThatThrownBy(builder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("choose one");
  }

  @Test
  void passthroughTargetMustBeAUrl() {
    assertThatThrownBy(() -> MockServer.builder().passthroughTo(URI.create("localhost")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the passthrough target must be a URL such as [http://localhost:8080] but was"
                + " [localhost]");
  }
}
