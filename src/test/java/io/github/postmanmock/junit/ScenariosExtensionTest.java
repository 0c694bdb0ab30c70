package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.get;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.OrdersService;
import io.github.postmanmock.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Sequences and passthrough through the JUnit extension, run with the engine test kit. */
class ScenariosExtensionTest {
  static final String ORDERS = "collections/orders.postman_collection.json";
  static final String PORT_PROPERTY = "postmanmock.test.ordersPort";

  @AfterEach
  void clearProperty() {
    System.clearProperty(PORT_PROPERTY);
  }

  @Test
  void useExampleListPlaysInOrderAndCountsRestartEveryTest() {
    Events events = run(SequenceFixture.class);

    events.assertStatistics(stats -> stats.started(3).succeeded(3));
  }

  @Test
  void passthroughFromTheAnnotationFillsThePortAndDoesNotFailOnUnmatched() {
    try (OrdersService real = OrdersService.start()) {
      System.setProperty(PORT_PROPERTY, String.valueOf(real.uri().getPort()));

      Events events = run(PassthroughFixture.class);

      events.assertStatistics(stats -> stats.started(1).succeeded(1));
      assertThat(real.seenHeaders()).hasSize(1);
    }
  }

  @Test
  void missingPlaceholderPropertyFailsTheClassNamingIt() {
    Events containers =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(PassthroughFixture.class))
            .execute()
            .containerEvents();

    containers
        .assertThatEvents()
        .haveAtLeastOne(
            event(
                finishedWithFailure(
                    message(
                        m ->
                            m.contains("uses the system property [" + PORT_PROPERTY + "]")
                                && m.contains("it is not set")))));
  }

  @Test
  void extensionBuilderPassesThrough() {
    try (OrdersService real = OrdersService.start()) {
      System.setProperty(PORT_PROPERTY, String.valueOf(real.uri().getPort()));

      Events events = run(BuilderPassthroughFixture.class);

      events.assertStatistics(stats -> stats.started(1).succeeded(1));
    }
  }

  @PostmanMock(ORDERS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class SequenceFixture {
    @Test
    @Order(1)
    @UseExample({"Not found", "Not found", "Found"})
    void retriesUntilFound(MockServer mock) {
      assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(404);
      assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(404);
      assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(200);
      assertThat(mock.calls().asList()).extracting(RecordedCall::step).containsExactly(1, 2, 3);
    }

    @Test
    @Order(2)
    void limitedExampleAddedInTheTest(MockServer mock) {
      mock.addExample(Examples.get("/orders/1").respond(503).times(1));
      assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(503);
      assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void nextTestStartsFresh(MockServer mock) {
      assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(200);
    }
  }

  @PostmanMock(
      value = ORDERS,
      passthroughTo = "http://127.0.0.1:${" + PORT_PROPERTY + "}",
      failOnUnmatched = true)
  static class PassthroughFixture {
    @Test
    void unknownPathReachesTheRealService(MockServer mock) {
      assertThat(get(mock, "/customers/1").body()).isEqualTo("hello from /customers/1");
      assertThat(get(mock, "/orders/1").statusCode()).isEqualTo(200);
      assertThat(mock.calls().asList())
          .extracting(RecordedCall::proxied)
          .containsExactly(true, false);
    }
  }

  static class BuilderPassthroughFixture {
    @RegisterExtension
    static final PostmanMockExtension MOCK =
        PostmanMockExtension.newInstance()
            .collection(ORDERS)
            .passthroughTo("http://127.0.0.1:${" + PORT_PROPERTY + "}")
            .build();

    @Test
    void unknownPathReachesTheRealService(MockServer mock) {
      assertThat(get(mock, "/other").body()).isEqualTo("hello from /other");
    }
  }
}
