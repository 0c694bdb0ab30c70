package io.github.postmanmock.junit;

import io.github.postmanmock.ContractCheck;
import io.github.postmanmock.ContractEntry;
import io.github.postmanmock.ContractReport;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a {@link ContractCheck} into one dynamic test per example, so that a test run shows each
 * drifting example as its own failure and each skipped one as aborted:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> examplesStillMatchTheService() {
 *   return ContractTests.of(
 *       ContractCheck.of(Path.of("orders.postman_collection.json"))
 *           .against(URI.create("http://localhost:8080")));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class ContractTests {
  private ContractTests() {}

  /**
   * Run {@code check} and return a test per example, named {@code METHOD path [place]}.
   *
   * @param check the contract check to run
   * @return the tests, in collection order
   * @throws io.github.postmanmock.InvalidCollectionException if the collection cannot be read
   * @throws AssertionError if calls were sent and the service never answered
   */
  public static Stream<DynamicTest> of(ContractCheck check) {
    Objects.requireNonNull(check, "check");
    ContractReport report = check.run();
    if (report.serviceUnreachable()) {
      throw new AssertionError("The service never answered; " + report);
    }
    return report.entries().stream().map(e -> DynamicTest.dynamicTest(name(e), () -> verify(e)));
  }

  private static String name(ContractEntry e) {
    return e.method() + " " + e.path() + " [" + e.place() + "]";
  }

  private static void verify(ContractEntry e) {
    switch (e.outcome()) {
      case SKIPPED -> Assumptions.abort("Skipped: " + e.reason());
      case DRIFT -> throw new AssertionError(e.failureMessage());
      case OK -> {
        // the example still tells the truth
      }
    }
  }
}
