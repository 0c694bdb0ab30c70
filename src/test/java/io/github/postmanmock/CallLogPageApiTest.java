package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.testing.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the call-log page asks of {@code /__mock}: filters and search on the server, honest totals,
 * polling for newer calls only, one call by id, notes, and the page reached without its slash.
 */
class CallLogPageApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private MockServer mock;

  @AfterEach
  void close() {
    if (mock != null) {
      mock.close();
    }
  }

  private MockServer serve() {
    mock =
        Seams.of(MockServer.builder().adminEndpoints(MockServer.DEFAULT_ADMIN_PREFIX))
            .examples(
                List.of(
                    example("Rex", "GET", "/pets/1").id("rex").build(),
                    example("Created", "POST", "/pets").code(201).build(),
                    example("Broken", "GET", "/broken").code(500).build()))
            .start();
    return mock;
  }

  private void call(String method, String target, String body, String... headers) {
    Http.send(mock.baseUrl(), method, target, body, headers);
  }

  private void callEach() {
    call("GET", "/pets/1", null, "X-Trace", "needle-7");
    call("POST", "/pets", "{\"name\":\"Kit\"}", "Content-Type", "application/json");
    call("GET", "/broken", null);
    call("GET", "/nowhere", null);
    call(
        "OPTIONS",
        "/pets",
        null,
        "Origin",
        "http://127.0.0.1:9",
        "Access-Control-Request-Method",
        "POST");
  }

  private JsonNode get(String target) {
    HttpResponse<String> response = Http.get(mock.baseUrl(), target);
    assertThat(response.statusCode()).as(target).isEqualTo(200);
    return json(response);
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String calls(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("call-logs")
        .forEach(
            e ->
                out.add(
                    e.get("request").get("method").asText()
                        + " "
                        + e.at("/request/path").asText()));
    return String.join(", ", out);
  }

  // /nowhere holds "broken" in its near-miss report (the closest example): reports are searched too
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "responseStatusCode=4xx           | GET /nowhere",
        "responseStatusCode=5XX           | GET /broken",
        "responseStatusCode=2xx           | OPTIONS /pets, POST /pets, GET /pets/1",
        "excludeResponseType=cors         | GET /nowhere, GET /broken, POST /pets, GET /pets/1",
        "search=needle-7                  | GET /pets/1",
        "search=kit%20POST                | POST /pets",
        "search=kit%20GET                 | ''",
        "search=broken                    | GET /nowhere, GET /broken",
        "responseStatusCode=2xx&excludeResponseType=cors&requestMethod=get | GET /pets/1",
      })
  void filtersAndSearchRunOnTheServer(String query, String expected) {
    serve();
    callEach();

    JsonNode page = get("/__mock/calls?" + query);

    assertThat(calls(page)).isEqualTo(expected);
    assertThat(page.at("/meta/total").asInt()).isEqualTo(page.get("call-logs").size());
  }

  @Test
  void searchReachesCallsBeyondTheFirstPageAndTotalCountsAllThatMatch() {
    serve();
    call("GET", "/pets/1", null, "X-Trace", "oldest");
    for (int i = 0; i < 5; i++) {
      call("GET", "/nowhere", null);
    }

    JsonNode first = get("/__mock/calls?limit=2");
    JsonNode found = get("/__mock/calls?limit=2&search=oldest");

    assertThat(calls(first)).isEqualTo("GET /nowhere, GET /nowhere");
    assertThat(first.at("/meta/total").asInt()).isEqualTo(6);
    assertThat(calls(found)).isEqualTo("GET /pets/1");
    assertThat(found.at("/meta/total").asInt()).isEqualTo(1);
  }

  @Test
  void pollingWithTheLatestCursorReturnsOnlyNewerCalls() {
    serve();
    call("GET", "/pets/1", null);
    call("POST", "/pets", "{}");
    String latest = get("/__mock/calls?limit=1").at("/meta/latestCursor").asText();

    JsonNode idle = get("/__mock/calls?direction=asc&cursor=" + latest);
    call("GET", "/broken", null);
    call("GET", "/nowhere", null);
    JsonNode newer = get("/__mock/calls?direction=asc&cursor=" + latest);

    assertThat(idle.get("call-logs")).isEmpty();
    assertThat(idle.at("/meta/total").asInt()).isEqualTo(2);
    assertThat(calls(newer)).isEqualTo("GET /broken, GET /nowhere");
    assertThat(newer.at("/meta/total").asInt()).isEqualTo(4);
    assertThat(newer.at("/meta/latestCursor").asText()).isNotEqualTo(latest);
  }

  @Test
  void anEmptyLogHasNoLatestCursor() {
    serve();

    assertThat(get("/__mock/calls").at("/meta/latestCursor").isNull()).isTrue();
  }

  @Test
  void oneCallByIdCarriesHeadersAndBodies() {
    serve();
    call("POST", "/pets", "{\"name\":\"Kit\"}", "Content-Type", "application/json");
    String id = get("/__mock/calls").at("/call-logs/0/id").asText();

    JsonNode entry = get("/__mock/calls/" + id);
    HttpResponse<String> missing = Http.get(mock.baseUrl(), "/__mock/calls/999");
    HttpResponse<String> notAnId = Http.get(mock.baseUrl(), "/__mock/calls/abc");

    assertThat(entry.get("responseName").asText()).isEqualTo("Created");
    assertThat(entry.at("/request/body/data").asText()).isEqualTo("{\"name\":\"Kit\"}");
    assertThat(entry.at("/request/headers").toString()).contains("application/json");
    assertThat(entry.at("/response/statusCode").asInt()).isEqualTo(201);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).at("/error/message").asText())
        .isEqualTo("The call log holds no call [999]");
    assertThat(notAnId.statusCode()).isEqualTo(404);
    assertThat(Http.send(mock.baseUrl(), "DELETE", "/__mock/calls/" + id, null).statusCode())
        .isEqualTo(405);
  }

  @Test
  void anIgnoredDelayHeaderLeavesANoteInTheCallLog() {
    serve();
    call("GET", "/pets/1", null, "x-mock-response-delay", "soon");
    call("GET", "/pets/1", null);

    JsonNode page = get("/__mock/calls?direction=asc");

    assertThat(page.at("/call-logs/0/notes/0").asText())
        .startsWith("Ignored x-mock-response-delay [soon]: it must be a whole number");
    assertThat(page.at("/call-logs/1").has("notes")).isFalse();
    assertThat(calls(get("/__mock/calls?search=ignored"))).isEqualTo("GET /pets/1");
  }

  @Test
  void thePrefixWithoutItsSlashRedirectsToThePageAndIsNotLogged() {
    serve();

    HttpResponse<String> bare = Http.get(mock.baseUrl(), "/__mock");
    HttpResponse<String> withQuery = Http.get(mock.baseUrl(), "/__mock?x=1");
    HttpResponse<String> lookalike = Http.get(mock.baseUrl(), "/__mockery");

    assertThat(bare.statusCode()).isEqualTo(301);
    assertThat(bare.headers().firstValue("Location")).hasValue("/__mock/");
    assertThat(withQuery.headers().firstValue("Location")).hasValue("/__mock/?x=1");
    assertThat(lookalike.statusCode()).isEqualTo(404);
    assertThat(calls(get("/__mock/calls"))).isEqualTo("GET /__mockery");
  }
}
