package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.collection.SharedCorpus;
import io.github.postmanmock.testing.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The near-miss report and header for calls to a real collection (twitter-api-v2). */
class NearMissCorpusTest {
  private MockServer mock;

  @BeforeEach
  void start() {
    mock =
        MockServer.builder()
            .collection(SharedCorpus.require("twitter-api-v2.postman_collection.json"))
            .start();
  }

  /** No mock was started when the corpus is absent and the test was skipped. */
  @AfterEach
  void stop() {
    if (mock != null) {
      mock.close();
    }
  }

  @Test
  void aPathVariableWithASavedValueExplainsWhichStepDiffers() {
    HttpResponse<String> response = Http.get(mock.baseUrl(), "/2/users/by/username/elonmusk");

    String step = "path: step 5 is [TwitterDev] (:username) in the example, [elonmusk] in the call";
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("X-Mock-Diagnostics").orElseThrow())
        .startsWith("closest: [User Lookup / User by Username / ")
        .endsWith(step);
    assertThat(mock.calls().asList().get(0).noMatchReason())
        .contains("Closest examples:\n  1. [User Lookup / User by Username / ")
        .contains("\n       " + step + "\n");
  }

  @Test
  void aPostWithATypoRanksTheGetOfTheSamePathFirst() {
    HttpResponse<String> response =
        Http.send(mock.baseUrl(), "POST", "/2/tweet/1460323737035677698", "{}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(mock.calls().asList().get(0).noMatchReason())
        .contains("Closest examples:\n  1. [Tweet Lookup / Single Tweet / ")
        .contains("       method: example [GET], call [POST]\n       path: step 2 is [tweets]");
  }

  @Test
  void aCallForARequestWithoutExamplesSaysSo() {
    HttpResponse<String> response =
        Http.get(mock.baseUrl(), "/2/tweets/1460323737035677698/liking_users");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("X-Mock-Diagnostics").orElseThrow())
        .startsWith("request 'Likes/Liking users' has no saved examples; closest: ");
    assertThat(mock.calls().asList().get(0).noMatchReason())
        .contains("; request 'Likes/Liking users' has no saved examples\nClosest examples:");
  }
}
