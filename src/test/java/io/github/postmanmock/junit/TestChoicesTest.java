package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.get;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.TestScope;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.Events;

/** {@code @UseExample} and {@code @MockVariable} through the engine test kit. */
class TestChoicesTest {
  static final String ORDERS = "collections/orders.postman_collection.json";

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestInstance.Lifecycle.class)
  void methodLevelChoicesApplyToTheirTestOnlyAndEndWithIt(TestInstance.Lifecycle lifecycle) {
    Events events =
        run(
            lifecycle == TestInstance.Lifecycle.PER_CLASS
                ? MethodChoicesPerClassFixture.class
                : MethodChoicesFixture.class);

    events.assertStatistics(stats -> stats.started(4).succeeded(4));
  }

  @Test
  void classAndNestedClassChoicesApplyToTheirTests() {
    Events events = run(ClassChoicesFixture.class);

    events.assertStatistics(stats -> stats.started(3).succeeded(3));
  }

  @Test
  void unknownExampleFailsTheTestNamingTheKnownOnes() {
    Events events = run(UnknownExampleFixture.class);

    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("usesUnknown"),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        m ->
                            m.startsWith(
                                    "@UseExample/@MockVariable of [usesUnknown(MockServer)]:"
                                        + " No example [Orders/Get order/Gone] in [")
                                && m.contains(
                                    "Known: [Orders/Get order/Found, Orders/Get order/Not found,"
                                        + " Orders/List orders/All]")))));
  }

  @Test
  void scopeApiChoosesWithoutAnnotations() {
    try (MockServer mock = MockServer.builder().collection(ORDERS).start()) {
      try (TestScope scope = mock.beginTest("t")) {
        scope.useExample("Not found").variable("status", "late");
        assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(404);
      }
      assertThat(get(mock, "/orders/1").body()).isEqualTo("{\"id\":1,\"status\":\"open\"}");
    }
  }

  @PostmanMock(ORDERS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class MethodChoicesFixture {
    @Test
    @Order(1)
    @UseExample("Orders/Get order/Not found")
    void chosenExampleAnswersItsRequest(MockServer mock) {
      HttpResponse<String> response = get(mock, "/orders/1");
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(get(mock, "/orders").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void choiceEndedWithTheTest(MockServer mock) {
      assertThat(get(mock, "/orders/1").body()).isEqualTo("{\"id\":1,\"status\":\"open\"}");
    }

    @Test
    @Order(3)
    @MockVariable(name = "status", value = "shipped")
    @MockVariable(name = "unused", value = "x")
    void variableShadowsTheCollectionsForTheTest(MockServer mock) {
      assertThat(get(mock, "/orders/1").body()).isEqualTo("{\"id\":1,\"status\":\"shipped\"}");
    }

    @Test
    @Order(4)
    void variableEndedWithTheTest(MockServer mock) {
      assertThat(get(mock, "/orders/1").body()).contains("open");
    }
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class MethodChoicesPerClassFixture extends MethodChoicesFixture {}

  @PostmanMock(ORDERS)
  @UseExample("Not found")
  @MockVariable(name = "status", value = "outer")
  static class ClassChoicesFixture {
    @Test
    void classChoiceApplies(MockServer mock) {
      assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(404);
    }

    @Nested
    @UseExample("Orders/Get order/Found")
    class Inner {
      @Test
      void nestedChoiceWinsAndOuterVariableStillApplies(MockServer mock) {
        assertThat(get(mock, "/orders/1").body()).isEqualTo("{\"id\":1,\"status\":\"outer\"}");
      }

      @Test
      @MockVariable(name = "status", value = "inner")
      void innermostVariableWins(MockServer mock) {
        assertThat(get(mock, "/orders/1").body()).isEqualTo("{\"id\":1,\"status\":\"inner\"}");
      }
    }
  }

  @PostmanMock(ORDERS)
  static class UnknownExampleFixture {
    @Test
    @UseExample("Orders/Get order/Gone")
    void usesUnknown(MockServer mock) {}
  }
}
