package io.github.postmanmock.assertions;

import static io.github.postmanmock.assertions.PostmanMockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.CallLog;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.RecordedCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Our assertions over real calls, recorded once by a server on the test collection. */
class RecordedCallAssertTest {
  private static final String COLLECTION =
      "{\"info\":{\"name\":\"t\"},\"item\":[{\"name\":\"Get pet\",\"request\":"
          + "\"http://x/pets/1\",\"response\":[{\"name\":\"Rex\",\"code\":200,"
          + "\"originalRequest\":\"http://x/pets/1\",\"body\":\"{}\"}]}]}";
  private static MockServer mock;
  private static RecordedCall matched;
  private static RecordedCall unmatched;

  @BeforeAll
  static void recordTwoCalls() throws Exception {
    mock =
        MockServer.builder()
            .collection("t.json", COLLECTION.getBytes(StandardCharsets.UTF_8))
            .start();
    HttpClient client = HttpClient.newHttpClient();
    for (String target : new String[] {"/pets/1", "/orders"}) {
      client.send(
          HttpRequest.newBuilder(URI.create(mock.baseUrl() + target)).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    CallLog log = mock.allCalls();
    matched = log.asList().get(0);
    unmatched = log.asList().get(1);
  }

  @AfterAll
  static void close() {
    mock.close();
  }

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
      org.assertj.core.api.Assertions.assertThat(mock.allCalls())
          .hasSize(2)
          .first()
          .hasMatchedExample("Rex");
      org.assertj.core.api.Assertions.assertThat(mock.allCalls().unmatched())
          .singleElement()
          .hasPath("/orders")
          .isUnmatched();
    }

    @Test
    void singleElementFailsListingTheCalls() {
      assertThatThrownBy(
              () -> org.assertj.core.api.Assertions.assertThat(mock.allCalls()).singleElement())
          .hasMessageContaining("GET /pets/1 -> 200 (example \"Rex\")")
          .hasMessageContaining("GET /orders -> 404 (no matching example)");
    }
  }
}
