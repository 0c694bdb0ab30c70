package io.github.postmanmock.assertions;

import static io.github.postmanmock.assertions.PostmanMockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.RecordedCall;
import io.github.postmanmock.RecordedCallFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Our assertions over two calls, recorded as a server on the test collection records them. */
class RecordedCallAssertTest {
  private static final String COLLECTION =
      "{\"info\":{\"name\":\"t\"},\"item\":[{\"name\":\"Get pet\",\"request\":"
          + "\"http://x/pets/1\",\"response\":[{\"name\":\"Rex\",\"code\":200,"
          + "\"originalRequest\":\"http://x/pets/1\",\"body\":\"{}\"}]}]}";
  private static final RecordedCallFixture mock = RecordedCallFixture.of("t.json", COLLECTION);
  private static final RecordedCall matched = mock.get("/pets/1").record();
  private static final RecordedCall unmatched = mock.get("/orders").record();

  @Nested
  class HasStatus {
    @Test
    void passesForTheSentStatus() {
      assertThat(matched).hasStatus(200);
    }

    @Test
    void failsWithExpectedThenActual() {
      assertThatThrownBy(() -> assertThat(matched).hasStatus(404))
          .isInstanceOf(AssertionError.class)
          .hasMessage(
              String.format(
                  "%nExpecting call [GET /pets/1 -> 200 (example \"Rex\")] to have status:%n"
                      + "  404%n"
                      + "but was:%n"
                      + "  200"));
    }
  }

  @Nested
  class HasMethodAndPath {
    @Test
    void passForTheCallsMethodAndPath() {
      assertThat(matched).hasMethod("GET").hasPath("/pets/1");
    }

    @Test
    void hasMethodFailsWithQuotedValues() {
      assertThatThrownBy(() -> assertThat(matched).hasMethod("POST"))
          .hasMessage(
              String.format(
                  "%nExpecting call [GET /pets/1 -> 200 (example \"Rex\")] to have method:%n"
                      + "  \"POST\"%n"
                      + "but was:%n"
                      + "  \"GET\""));
    }

    @Test
    void hasPathFails() {
      assertThatThrownBy(() -> assertThat(matched).hasPath("/pets/2"))
          .hasMessageContaining("to have path:")
          .hasMessageContaining("\"/pets/1\"");
    }
  }

  @Nested
  class HasMatchedExample {
    @Test
    void passesForTheExampleThatAnswered() {
      assertThat(matched).hasMatchedExample("Rex");
    }

    @Test
    void failsForAnotherExample() {
      assertThatThrownBy(() -> assertThat(matched).hasMatchedExample("Tom"))
          .hasMessage(
              String.format(
                  "%nExpecting call [GET /pets/1 -> 200 (example \"Rex\")] to be answered by"
                      + " example:%n"
                      + "  \"Tom\"%n"
                      + "but was:%n"
                      + "  \"Get pet/Rex\""));
    }

    @Test
    void failsForAnUnmatchedCallWithTheReason() {
      assertThatThrownBy(() -> assertThat(unmatched).hasMatchedExample("Rex"))
          .hasMessageContaining("GET /orders -> 404 (no matching example)")
          .hasMessageContaining("but was:")
          .hasMessageContaining("no example: No example matches [GET /orders]");
    }
  }

  @Nested
  class IsUnmatched {
    @Test
    void passesForAnUnmatchedCall() {
      assertThat(unmatched).isUnmatched();
    }

    @Test
    void failsForAMatchedCall() {
      assertThatThrownBy(() -> assertThat(matched).isUnmatched())
          .hasMessage(
              String.format(
                  "%nExpecting call [GET /pets/1 -> 200 (example \"Rex\")] to be unmatched%n"
                      + "but it was answered by:%n"
                      + "  \"Rex\""));
    }

    @Test
    void failsForNull() {
      assertThatThrownBy(() -> assertThat((RecordedCall) null).isUnmatched())
          .hasMessageContaining("Expecting actual not to be null");
    }
  }

  @Nested
  class CallLogNavigation {
    @Test
    void plainAssertJAssertThatReturnsOurAssertions() {
      org.assertj.core.api.Assertions.assertThat(mock.log())
          .hasSize(2)
          .first()
          .hasMatchedExample("Rex");
      org.assertj.core.api.Assertions.assertThat(mock.log().unmatched())
          .singleElement()
          .hasPath("/orders")
          .isUnmatched();
    }

    @Test
    void singleElementFailsListingTheCalls() {
      assertThatThrownBy(
              () -> org.assertj.core.api.Assertions.assertThat(mock.log()).singleElement())
          .hasMessageContaining("GET /pets/1 -> 200 (example \"Rex\")")
          .hasMessageContaining("GET /orders -> 404 (no matching example)");
    }
  }
}
