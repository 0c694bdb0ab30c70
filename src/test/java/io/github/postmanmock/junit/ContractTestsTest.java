package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.postmanmock.ContractCheck;
import io.github.postmanmock.ShopService;
import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.Events;

class ContractTestsTest {
  private static final Path SHOP =
      Path.of("src/test/resources/contract/shop.postman_collection.json");

  /** The service the fixture checks; set by the one test of this class before it runs it. */
  static volatile URI base;

  static class ContractFixture {
    @TestFactory
    Stream<DynamicTest> examplesMatchTheService() {
      return ContractTests.of(
          ContractCheck.of(SHOP)
              .against(base)
              .header("Authorization", "Bearer " + ShopService.TOKEN));
    }
  }

  @Test
  void everyExampleIsATestAndEachDriftItsOwnFailure() {
    try (ShopService service = ShopService.drifting()) {
      base = service.uri();

      Events events = run(ContractFixture.class);

      assertThat(events.started().count()).isEqualTo(8);
      assertThat(events.succeeded().count()).isEqualTo(1);
      assertThat(events.failed().count()).isEqualTo(3);
      assertThat(events.aborted().count()).isEqualTo(4);
      events
          .assertThatEvents()
          .haveExactly(
              1,
              event(
                  displayName("GET /orders/999 [Orders/Get missing order/Not found]"),
                  finishedWithFailure(
                      message(
                          """
                          Expecting the service to answer GET /orders/999 as example \
                          [Orders/Get missing order/Not found] says
                          but:
                            status: expected 404, found 200"""))))
          .haveExactly(
              1,
              event(
                  displayName("POST /orders [Orders/Create order/Created]"),
                  abortedWithReason(
                      message(
                          "Skipped: POST is not sent without include-unsafe:"
                              + " it could change real data"))));
      assertThat(service.calls()).noneMatch(c -> c.startsWith("POST"));
    }
  }
}
