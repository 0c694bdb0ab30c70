package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.testing.Http;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequences: examples limited with times(n), and examples of one request played in order. */
class SequencesTest {
  private static final String ORDERS = "/collections/orders.postman_collection.json";

  private static MockServer retryMock() {
    return MockServer.builder()
        .example(Examples.get("/orders/1").respond(200).json("{\"id\": 1}").named("Shipped"))
        .example(Examples.get("/orders/1").respond(503).named("Unavailable").times(2))
        .start();
  }

  private static List<Integer> statuses(MockServer mock, int calls) {
    return java.util.stream.IntStream.range(0, calls)
        .mapToObj(i -> Http.get(mock.baseUrl(), "/orders/1").statusCode())
        .toList();
  }

  @Test
  void limitedExampleAnswersItsCallsThenTheNextBestOneDoes() {
    try (MockServer mock = retryMock()) {
      assertThat(statuses(mock, 4)).containsExactly(503, 503, 200, 200);

      List<RecordedCall> calls = mock.allCalls().asList();
      assertThat(calls).extracting(RecordedCall::step).containsExactly(1, 2, 0, 0);
      assertThat(calls.get(0).matchedExample()).hasValue("Unavailable");
      assertThat(calls.get(1).notes()).contains("sequence step 2 of 2");
    }
  }

  @Test
  void resetScenariosStartsTheCountAgain() {
    try (MockServer mock = retryMock()) {
      assertThat(statuses(mock, 3)).containsExactly(503, 503, 200);
      mock.resetScenarios();
      assertThat(statuses(mock, 3)).containsExactly(503, 503, 200);
    }
  }

  @Test
  void everyTestStartsTheCountAgain() {
    try (MockServer mock = retryMock()) {
      try (TestScope first = mock.beginTest("first")) {
        assertThat(statuses(mock, 3)).containsExactly(503, 503, 200);
        assertThat(first.calls().size()).isEqualTo(3);
      }
      try (TestScope second = mock.beginTest("second")) {
        assertThat(statuses(mock, 3)).containsExactly(503, 503, 200);
        assertThat(second.calls().asList()).extracting(RecordedCall::step).containsExactly(1, 2, 0);
      }
    }
  }

  @Test
  void limitedExampleAddedInATestIsGoneWithTheTest() {
    try (MockServer mock =
        MockServer.builder()
            .example(Examples.get("/orders/1").respond(200).named("Shipped"))
            .start()) {
      try (TestScope scope = mock.beginTest("flaky")) {
        mock.addExample(Examples.get("/orders/1").respond(500).times(1));
        assertThat(statuses(mock, 2)).containsExactly(500, 200);
        assertThat(scope.calls().size()).isEqualTo(2);
      }
      try (TestScope scope = mock.beginTest("plain")) {
        assertThat(statuses(mock, 1)).containsExactly(200);
        assertThat(scope.calls().size()).isEqualTo(1);
      }
    }
  }

  @Test
  void limitedExampleStandsAsideForOtherRequestsToo() {
    try (MockServer mock = retryMock()) {
      assertThat(Http.get(mock.baseUrl(), "/customers").statusCode()).isEqualTo(404);
      assertThat(statuses(mock, 1)).containsExactly(503);
    }
  }

  @Test
  void collectionExamplesPlayInTheOrderGivenAndTheLastStays() throws Exception {
    try (MockServer mock = MockServer.builder().collection("orders", orders()).start();
        TestScope scope = mock.beginTest("retry")) {
      scope.useExamples("Not found", "Not found", "Found");

      assertThat(statuses(mock, 4)).containsExactly(404, 404, 200, 200);
      assertThat(scope.calls().asList()).extracting(RecordedCall::step).containsExactly(1, 2, 3, 3);
      assertThat(Http.get(mock.baseUrl(), "/orders").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aChosenSequenceEndsWithItsTest() throws Exception {
    try (MockServer mock = MockServer.builder().collection("orders", orders()).start()) {
      try (TestScope scope = mock.beginTest("retry")) {
        scope.useExamples("Found", "Not found");
        assertThat(statuses(mock, 3)).containsExactly(200, 404, 404);
      }
      assertThat(mock.allCalls().asList().get(2).step()).isEqualTo(2);
      assertThat(statuses(mock, 1)).containsExactly(200);
      assertThat(mock.allCalls().asList().get(3).step()).isZero();
    }
  }

  @Test
  void timesMustBePositive() {
    var builder = Examples.get("/orders/1").respond(200);
    assertThatThrownBy(() -> builder.times(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times must be at least 1 but was [0]");
  }

  @Test
  void timesSurvivesToBuilder() {
    Example limited = Examples.get("/a").respond(503).times(3).build();
    Example copy = limited.toBuilder().build();
    assertThat(copy).isEqualTo(limited);
  }

  static byte[] orders() throws Exception {
    try (var in = SequencesTest.class.getResourceAsStream(ORDERS)) {
      return in.readAllBytes();
    }
  }
}
