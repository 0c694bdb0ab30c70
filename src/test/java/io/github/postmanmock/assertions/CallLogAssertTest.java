package io.github.postmanmock.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.CallLog;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The log vocabulary of {@link CallLogAssert}: counts, order, unmatched calls, soft use. */
class CallLogAssertTest {
  private static final String LOG =
      """


      3 calls recorded:
        1. GET /pets/1?limit=10&name=a%20b -> 200 (example "Rex")
        2. POST /pets -> 201 (example "Created")
        3. GET /orders -> 404 (no matching example)""";
  private static final CallLog log = RecordedCalls.sendThree().log();

  @Nested
  class ContainsCallTo {
    @Test
    void passesForMethodAndPathWithOrWithoutTheQuery() {
      assertThat(log)
          .containsCallTo("GET /pets/1")
          .containsCallTo("get /pets/1?limit=10&name=a%20b", Times.once())
          .containsCallTo("DELETE /pets/1", Times.never());
    }

    @Test
    void failsWithTheCountAndTheLog() {
      assertThatThrownBy(() -> assertThat(log).containsCallTo("DELETE /pets/1"))
          .isInstanceOf(AssertionFailedError.class)
          .hasMessage(
              """

              Expecting calls to "DELETE /pets/1" to be:
                at least 1 time
              but was:
                0 times"""
                  + LOG);
    }

    @Test
    void rejectsAKeyThatIsNotACall() {
      assertThatThrownBy(() -> assertThat(log).containsCallTo("/pets/1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("call must be \"METHOD /path\" like \"GET /pets/1\" but was [\"/pets/1\"]");
    }
  }

  @Nested
  class ServedExample {
    @Test
    void passesByNameOrPlace() {
      assertThat(log)
          .servedExample("Rex")
          .servedExample("Pets/Get pet/Rex", Times.once())
          .servedExample("Pets/Create pet/Created", Times.atLeast(1))
          .servedExample("Tom", Times.never());
    }

    @Test
    void failsWithExpectedAndActualCounts() {
      assertThatThrownBy(() -> assertThat(log).servedExample("Pets/Get pet/Rex", Times.exactly(2)))
          .isInstanceOfSatisfying(
              AssertionFailedError.class,
              e -> {
                assertThat(e.getExpected().getValue()).isEqualTo("exactly 2 times");
                assertThat(e.getActual().getValue()).isEqualTo("1 time");
              })
          .hasMessage(
              """

              Expecting calls answered by example "Pets/Get pet/Rex" to be:
                exactly 2 times
              but was:
                1 time"""
                  + LOG);
    }

    @Test
    void neverFailsWhenTheExampleAnswered() {
      assertThatThrownBy(() -> assertThat(log).servedExample("Created", Times.never()))
          .hasMessageContaining("to be:\n  never\nbut was:\n  1 time");
    }
  }

  @Nested
  class HasCallsInOrder {
    @Test
    void passesForCallsAndExamplesInOrderWithOthersBetween() {
      assertThat(log).hasCallsInOrder("Rex", "GET /orders").hasCallsInOrder("GET /pets/1");
    }

    @Test
    void failsNamingTheFirstKeyNotFoundInOrder() {
      assertThatThrownBy(() -> assertThat(log).hasCallsInOrder("POST /pets", "Rex"))
          .hasMessage(
              """

              Expecting calls in this order:
                ["POST /pets", "Rex"]
              but only found in order:
                ["POST /pets"]
              then no call matched ["Rex"]"""
                  + LOG);
    }
  }

  @Nested
  class HasNoUnmatchedCalls {
    @Test
    void passesWhenEveryCallWasAnswered() {
      assertThat(log).filteredOn(c -> c.status() != 404).hasNoUnmatchedCalls();
    }

    @Test
    void failsWithTheReasonOfEachUnmatchedCall() {
      assertThatThrownBy(() -> assertThat(log).hasNoUnmatchedCalls())
          .hasMessageStartingWith(
              """

              Expecting every call to be answered by an example:
                0 unmatched calls
              but had:
                1 unmatched

              GET /orders -> 404 (no matching example)
                No example matches [GET /orders]""")
          .hasMessageEndingWith(LOG);
    }
  }

  @Nested
  class Navigation {
    @Test
    void filteredOnAndElementReturnCallAssertions() {
      assertThat(log).filteredOn(c -> c.method().equals("POST")).singleElement().hasStatus(201);
      assertThat(log).element(2).isUnmatched();
    }
  }

  @Nested
  class Soft {
    @Test
    void collectsEveryFailureOfLogAndCallAssertions() {
      PostmanMockSoftAssertions softly = new PostmanMockSoftAssertions();
      softly.assertThat(log).servedExample("Tom");
      softly.assertThat(log).first().hasStatus(500);
      softly.assertThat(log.asList().get(1)).hasMethod("PUT");
      softly.assertThat(log).containsCallTo("GET /pets/1");

      assertThatThrownBy(softly::assertAll)
          .isInstanceOf(AssertJMultipleFailuresError.class)
          .hasMessageContaining("Multiple Failures (3 failures)")
          .hasMessageContaining("calls answered by example \"Tom\"")
          .hasMessageContaining("to have status:\n  500")
          .hasMessageContaining("to have method:\n  \"PUT\"");
    }

    @Test
    void passesWhenEveryAssertionHolds() {
      PostmanMockSoftAssertions.assertCallsSoftly(
          softly -> {
            softly.assertThat(log).servedExample("Rex", Times.once());
            softly.assertThat(log.asList().get(0)).hasQueryParam("limit", "10");
          });
    }
  }
}
