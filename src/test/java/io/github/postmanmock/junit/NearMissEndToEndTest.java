package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.PETS;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.postmanmock.MockServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The near-miss report as a user meets it: the failOnUnmatched failure and the header. */
class NearMissEndToEndTest {
  static final String GOLDEN =
      """
      1 call to MockServer[http://127.0.0.1:PORT, collections/pets.postman_collection.json] \
      during [UnmatchedCallFixture.callsAPathNoExampleHas(MockServer)] found no example:

      GET /pets/1/toys?limit=5 -> 404 (no matching example)
        No example matches [GET /pets/1/toys?limit=5]: no GET example matches the path [/pets/1/toys]
        Closest examples:
          1. [Pets / Get pet / Rex] GET /pets/1 -> 200: path [/pets/1] does not match the call's [/pets/1/toys] (step PATH)
               path: the example has 2 steps [/pets/1], the call 3 steps [/pets/1/toys]
          2. [Pets / List pets / All pets] GET /pets -> 200: path [/pets] does not match the call's [/pets/1/toys] (step PATH)
               path: the example has 1 step [/pets], the call 3 steps [/pets/1/toys]
          3. [Pets / Create pet / Created] POST /pets -> 201: method is POST, call is GET (step METHOD)
               method: example [POST], call [GET]
               path: the example has 1 step [/pets], the call 3 steps [/pets/1/toys]
        An example that would match (paste it into the "response" array of a request):
        {
          "name" : "GET /pets/1/toys",
          "originalRequest" : {
            "method" : "GET",
            "header" : [ ],
            "url" : {
              "raw" : "{{baseUrl}}/pets/1/toys?limit=5",
              "host" : [ "{{baseUrl}}" ],
              "path" : [ "pets", "1", "toys" ],
              "query" : [ {
                "key" : "limit",
                "value" : "5"
              } ]
            }
          },
          "status" : "OK",
          "code" : 200,
          "_postman_previewlanguage" : "json",
          "header" : [ {
            "key" : "Content-Type",
            "value" : "application/json"
          } ],
          "body" : "{}"
        }

      Add or fix an example, fix the call, or use \
      @PostmanMock(value = "collections/pets.postman_collection.json", failOnUnmatched = false) \
      when unmatched calls are expected""";

  @Test
  void failOnUnmatchedShowsClosestExamplesFieldsAndAnExampleToPaste() {
    Throwable failure =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(UnmatchedCallFixture.class))
            .execute()
            .testEvents()
            .failed()
            .stream()
            .findFirst()
            .orElseThrow()
            .getRequiredPayload(TestExecutionResult.class)
            .getThrowable()
            .orElseThrow();

    String message = failure.getMessage().replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
    assertThat(message).isEqualTo(GOLDEN);
  }

  @PostmanMock(PETS)
  static class UnmatchedCallFixture {
    @Test
    void callsAPathNoExampleHas(MockServer mock) {
      HttpResponse<String> response = get(mock, "/pets/1/toys?limit=5");

      assertThat(response.headers().firstValue("X-Mock-Diagnostics").orElseThrow())
          .matches("closest: \\[Pets / [^]]+] [A-Z]+ /pets\\S* -> \\d+: .+; (method|path): .+")
          .hasSizeLessThanOrEqualTo(1000);
      assertThat(mock.calls().asList().get(0).noMatchReason())
          .contains("\"raw\" : \"{{baseUrl}}/pets/1/toys?limit=5\"");
    }
  }
}
