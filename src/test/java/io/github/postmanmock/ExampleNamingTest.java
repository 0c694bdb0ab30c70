package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.assertions.PostmanMockAssertions;
import io.github.postmanmock.assertions.Times;
import io.github.postmanmock.testing.Http;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One rule for example names in hasMatchedExample, servedExample and @UseExample (issue 15). */
class ExampleNamingTest {
  private static final String COLLECTION =
      """
      {"info": {"name": "t"}, "item": [{"name": "Orders", "item": [
        {"name": "Get order", "request": "http://x/orders/1", "response": [
          {"name": "Found", "originalRequest": "http://x/orders/1", "code": 200, "body": "found"},
          {"name": "Gone", "originalRequest": "http://x/orders/1", "code": 410, "body": "gone"}]},
        {"name": "Other", "request": "http://x/other", "response": [
          {"name": "Found", "originalRequest": "http://x/other", "code": 200, "body": "other"}]}
      ]}]}
      """;
  private static final String AMBIGUOUS =
      "Example name [Found] is ambiguous in [t.json]: [Orders/Get order/Found, Orders/Other/Found];"
          + " give its place instead";

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

  @Test
  void requestAndExampleWithoutFoldersNameOneExampleEverywhere() {
    try (TestScope scope = mock.beginTest("t")) {
      scope.useExample("Get order/Gone");

      assertThat(Http.get(mock.baseUrl(), "/orders/1").statusCode()).isEqualTo(410);
    }
    Http.get(mock.baseUrl(), "/orders/1");

    RecordedCall gone = mock.allCalls().asList().get(0);
    PostmanMockAssertions.assertThat(gone)
        .hasMatchedExample("Get order/Gone")
        .hasMatchedExample("Gone");
    assertThat(mock.allCalls())
        .servedExample("Get order/Found", Times.once())
        .servedExample("Orders/Get order/Found", Times.once())
        .servedExample("Orders / Get order / Found", Times.once());
  }

  @Test
  void anAmbiguousNameIsRejectedByEveryAssertionListingTheCandidates() {
    Http.get(mock.baseUrl(), "/orders/1");
    RecordedCall call = mock.allCalls().asList().get(0);

    assertThatThrownBy(() -> PostmanMockAssertions.assertThat(call).hasMatchedExample("Found"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(AMBIGUOUS);
    assertThatThrownBy(() -> assertThat(mock.allCalls()).servedExample("Found"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(AMBIGUOUS);
    assertThatThrownBy(() -> assertThat(mock.allCalls()).hasCallsInOrder("Found"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(AMBIGUOUS);
    try (TestScope scope = mock.beginTest("t")) {
      assertThatThrownBy(() -> scope.useExample("Found"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(AMBIGUOUS);
    }
  }

  @Test
  void aPartOfANameIsNoName() {
    Http.get(mock.baseUrl(), "/orders/1");

    assertThat(mock.allCalls().asList().get(0).answeredBy("order/Found")).isFalse();
    assertThat(mock.allCalls().asList().get(0).answeredBy("Get order/Found")).isTrue();
  }
}
