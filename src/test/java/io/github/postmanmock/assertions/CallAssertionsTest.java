package io.github.postmanmock.assertions;

import static io.github.postmanmock.assertions.PostmanMockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.CallLog;
import io.github.postmanmock.RecordedCall;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The request-side vocabulary of {@link RecordedCallAssert}, on calls recorded as a server does.
 */
class CallAssertionsTest {
  private static final String LOG =
      """


      3 calls recorded:
        1. GET /pets/1?limit=10&name=a%20b -> 200 (example "Rex")
        2. POST /pets -> 201 (example "Created")
        3. GET /orders -> 404 (no matching example)""";
  private static final CallLog log = RecordedCalls.sendThree().log();
  private static final List<RecordedCall> calls = log.asList();
  private static final RecordedCall get = calls.get(0);
  private static final RecordedCall post = calls.get(1);

  @Nested
  class HasQueryParam {
    @Test
    void passesForDecodedNameAndValue() {
      assertThat(get)
          .hasQueryParam("limit", "10")
          .hasQueryParam("name", "a b")
          .hasQueryParam("limit");
    }

    @Test
    void failsWithEveryParameterTheCallHad() {
      assertThatThrownBy(() -> assertThat(get).hasQueryParam("limit", "20"))
          .isInstanceOf(AssertionFailedError.class)
          .hasMessage(
              """

              Expecting call [GET /pets/1?limit=10&name=a%20b -> 200 (example "Rex")] to have query parameter:
                ["limit" = "20"]
              but had:
                ["limit" = "10", "name" = "a b"]""");
    }

    @Test
    void failsForAMissingName() {
      assertThatThrownBy(() -> assertThat(post).hasQueryParam("limit"))
          .hasMessageContaining("to have query parameter:\n  \"limit\"\nbut had:\n  []");
    }
  }

  @Nested
  class HasHeader {
    @Test
    void passesIgnoringTheCaseOfTheName() {
      assertThat(get).hasHeader("x-trace", "abc").hasHeader("X-TRACE");
    }

    @Test
    void failsForAnotherValue() {
      assertThatThrownBy(() -> assertThat(get).hasHeader("X-Trace", "xyz"))
          .hasMessageContaining("to have header:\n  [\"X-Trace\": \"xyz\"]\nbut had:")
          .hasMessageContaining("\"X-Trace\": \"abc\"");
    }

    @Test
    void listsNamesInTheirUsualFormWithoutTheConnectionsOwnHeaders() {
      org.assertj.core.api.Assertions.assertThat(get.requestHeaders()).containsKey("Upgrade");

      assertThatThrownBy(() -> assertThat(get).hasHeader("Accept", "text/csv"))
          .hasMessageContaining("\"X-Trace\": \"abc\"")
          .hasMessageNotContaining("X-trace")
          .hasMessageNotContaining("Upgrade")
          .hasMessageNotContaining("h2c")
          .hasMessageNotContaining("ettings")
          .hasMessageNotContaining("Connection");
      assertThatThrownBy(() -> assertThat(post).hasHeader("Accept"))
          .hasMessageContaining("\"Content-Type\": \"application/json\"");
    }

    @Test
    void failsForAMissingHeader() {
      assertThatThrownBy(() -> assertThat(post).hasHeader("X-Trace"))
          .hasMessageContaining("to have header:\n  \"X-Trace\"");
    }
  }

  @Nested
  class HasJsonBody {
    @Test
    void passesIgnoringKeyOrderWhitespaceAndNumberNotation() {
      assertThat(post).hasJsonBody("{ \"age\": 3.0,\n \"name\":\"Tom\" }");
    }

    @Test
    void failsWithBothBodiesPrettyPrintedWithSortedKeys() {
      assertThatThrownBy(() -> assertThat(post).hasJsonBody("{\"name\":\"Tom\",\"age\":4}"))
          .isInstanceOfSatisfying(
              AssertionFailedError.class,
              e -> org.assertj.core.api.Assertions.assertThat(e.isExpectedDefined()).isTrue())
          .hasMessage(
              """

              Expecting call [POST /pets -> 201 (example "Created")] to have JSON request body:
                {
                  "age" : 4,
                  "name" : "Tom"
                }
              but was:
                {
                  "age" : 3,
                  "name" : "Tom"
                }""");
    }

    @Test
    void failsWhenTheBodyIsNotJson() {
      assertThatThrownBy(() -> assertThat(get).hasJsonBody("{}"))
          .hasMessageContaining("but it was not JSON:\n  \"\"");
    }

    @Test
    void rejectsAnExpectationThatIsNotJson() {
      assertThatThrownBy(() -> assertThat(post).hasJsonBody("{nope"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("hasJsonBody needs JSON but was [{nope]");
    }
  }

  @Nested
  class HasBody {
    @Test
    void passesForTheExactText() {
      assertThat(post).hasBody("{\"name\": \"Tom\", \"age\": 3}");
    }

    @Test
    void failsWithBothTextsQuoted() {
      assertThatThrownBy(() -> assertThat(post).hasBody("x"))
          .hasMessageContaining("to have request body:\n  \"x\"\nbut was:\n  \"{\"name\"");
    }
  }

  @Nested
  class HasMatchedExampleByPlace {
    @Test
    void passesForNameAndForPlaceInTheCollection() {
      assertThat(get).hasMatchedExample("Rex").hasMatchedExample("Pets/Get pet/Rex");
    }

    @Test
    void failsNamingThePlaceOfTheExampleThatAnswered() {
      assertThatThrownBy(() -> assertThat(get).hasMatchedExample("Pets/Get pet/Tom"))
          .hasMessageContaining("but was:\n  \"Pets/Get pet/Rex\"");
    }
  }

  @Nested
  class BodyNavigation {
    @Test
    void requestAndResponseBodiesAreStringAssertions() {
      assertThat(post).requestBody().contains("Tom");
      assertThat(get).responseBody().isEqualTo("{\"name\": \"Rex\"}");
    }

    @Test
    void returnToCallContinuesWithTheCall() {
      assertThat(post).requestBody().contains("Tom").returnToCall().hasStatus(201);
    }

    @Test
    void failureIsDescribedByTheCall() {
      assertThatThrownBy(() -> assertThat(get).responseBody().contains("Tom"))
          .hasMessageStartingWith(
              "[response body of [GET /pets/1?limit=10&name=a%20b -> 200 (example \"Rex\")]]");
    }
  }

  @Nested
  class ReachedFromTheLog {
    @Test
    void failureEndsWithTheWholeLog() {
      assertThatThrownBy(
              () -> org.assertj.core.api.Assertions.assertThat(log).element(1).hasStatus(200))
          .hasMessageEndingWith("but was:\n  201" + LOG);
    }
  }
}
