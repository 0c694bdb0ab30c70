package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.testing.Http;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Per-test examples and variables through the public scope API, coverage and late calls. */
class TestScopeChoicesTest {
  private static final String COLLECTION =
      """
      {"info": {"name": "t"}, "item": [
        {"name": "Get order", "request": "http://x/orders/1", "response": [
          {"name": "Found", "originalRequest": "http://x/orders/1", "code": 200, "body": "{{state}}"},
          {"name": "Gone", "originalRequest": "http://x/orders/1", "code": 410, "body": "gone"}]},
        {"name": "Other", "request": "http://x/other", "response": [
          {"name": "Found", "originalRequest": "http://x/other", "code": 200, "body": "other"}]}
      ], "variable": [{"key": "state", "value": "open"}]}
      """;
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

  @Nested
  class Choices {
    @Test
    void chosenExampleAnswersOnlyItsRequestUntilTheScopeCloses() {
      try (TestScope scope = mock.beginTest("t")) {
        scope.useExample("Get order/Gone");

        assertThat(Http.get(mock.baseUrl(), "/orders/1").statusCode()).isEqualTo(410);
        assertThat(Http.get(mock.baseUrl(), "/other").body()).isEqualTo("other");
      }
      assertThat(Http.get(mock.baseUrl(), "/orders/1").statusCode()).isEqualTo(200);
    }

    @Test
    void variableShadowsUntilTheScopeCloses() {
      try (TestScope scope = mock.beginTest("t")) {
        scope.variable("state", "paid");

        assertThat(Http.get(mock.baseUrl(), "/orders/1").body()).isEqualTo("paid");
      }
      assertThat(Http.get(mock.baseUrl(), "/orders/1").body()).isEqualTo("open");
    }

    @Test
    void ambiguousNameAsksForThePlace() {
      try (TestScope scope = mock.beginTest("t")) {
        assertThatThrownBy(() -> scope.useExample("Found"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(
                "Example name [Found] is ambiguous in [t.json]: [Get order/Found, Other/Found];"
                    + " give its place instead");
      }
    }

    @Test
    void secondScopeThatChoosesAtTheSameTimeIsRefused() {
      try (TestScope first = mock.beginTest("first");
          TestScope second = mock.beginTest("second")) {
        first.variable("state", "a");

        assertThatThrownBy(() -> second.useExample("Get order/Gone"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith(
                "Test [first] already chose examples or variables on MockServer[")
            .hasMessageEndingWith("; tests that do so cannot run at the same time on one server");
      }
    }

    @Test
    void closedScopeRefusesChoices() {
      TestScope scope = mock.beginTest("t");
      scope.close();

      assertThatThrownBy(() -> scope.variable("state", "x"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Test scope [t] is closed");
    }
  }

  @Nested
  class CoverageAndLateCalls {
    @Test
    void coverageCountsCallsPerExampleByPlace() {
      Http.get(mock.baseUrl(), "/orders/1");
      Http.get(mock.baseUrl(), "/orders/1");

      ExampleCoverage coverage = mock.coverage();

      assertThat(coverage.counts())
          .containsExactly(
              java.util.Map.entry("Get order/Found", 2),
              java.util.Map.entry("Get order/Gone", 0),
              java.util.Map.entry("Other/Found", 0));
      assertThat(coverage.served()).containsExactly("Get order/Found");
      assertThat(coverage)
          .hasToString("served 1 of 3 examples; never served: [Get order/Gone, Other/Found]");
    }

    @Test
    void callsBetweenTestsAreLateButNotBeforeTheFirst() {
      Http.get(mock.baseUrl(), "/other");
      TestScope scope = mock.beginTest("t");
      Http.get(mock.baseUrl(), "/orders/1");
      scope.close();
      Http.get(mock.baseUrl(), "/orders/1");

      assertThat(mock.lateCalls()).singleElement().hasPath("/orders/1").hasStatus(200);
      assertThat(mock.allCalls()).hasSize(3);
    }
  }
}
