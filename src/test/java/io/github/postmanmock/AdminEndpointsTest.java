package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.testing.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /__mock/calls}, {@code /__mock/health} and the call-log page, end to end. */
class AdminEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(MockServer::close);
  }

  private MockServer serve(String prefix) {
    Seams builder =
        Seams.of(
                prefix == null ? MockServer.builder() : MockServer.builder().adminEndpoints(prefix))
            .examples(
                List.of(
                    example("Rex", "GET", "/pets/1").id("rex").build(),
                    example("Created", "POST", "/pets").code(201).build()));
    MockServer server = builder.start();
    started.add(server);
    return server;
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> paths(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("call-logs")
        .forEach(
            e ->
                out.add(
                    e.get("request").get("method").asText()
                        + " "
                        + e.get("request").get("path").asText()));
    return out;
  }

  private static void call(MockServer mock, String method, String target) {
    Http.send(
        mock.baseUrl(),
        method,
        target,
        method.equals("POST") ? "{\"a\":1}" : null,
        "X-Trace",
        "t-1",
        "Content-Type",
        "application/json");
  }

  @Nested
  class CallLog {
    @Test
    void listsCallsNewestFirstInPostmansShape() {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);
      call(mock, "GET", "/pets/1");
      call(mock, "POST", "/pets");
      call(mock, "GET", "/nowhere");

      JsonNode page = json(Http.get(mock.baseUrl(), "/__mock/calls"));

      assertThat(paths(page)).containsExactly("GET /nowhere", "POST /pets", "GET /pets/1");
      JsonNode rex = page.get("call-logs").get(2);
      assertThat(rex.get("id").asText()).isEqualTo("1");
      assertThat(rex.get("responseName").asText()).isEqualTo("Rex");
      assertThat(Instant.parse(rex.get("servedAt").asText())).isBeforeOrEqualTo(Instant.now());
      assertThat(rex.get("response").get("type").asText()).isEqualTo("collectionExample");
      assertThat(rex.get("response").get("statusCode").asInt()).isEqualTo(200);
      assertThat(rex.get("exampleId").asText()).isEqualTo("rex");
      JsonNode miss = page.get("call-logs").get(0);
      assertThat(miss.get("responseName").asText()).isEqualTo("No matching requests");
      assertThat(miss.get("report").asText()).contains("GET /nowhere");
      assertThat(page.get("meta").get("nextCursor").isNull()).isTrue();
    }

    @Test
    void servedAtAlwaysHasMilliseconds() {
      java.time.Clock onTheSecond =
          java.time.Clock.fixed(Instant.parse("2026-12-04T22:27:30Z"), java.time.ZoneOffset.UTC);
      MockServer mock =
          MockServer.builder()
              .example(Examples.get("/x").respond(200))
              .clock(onTheSecond)
              .adminEndpoints("/__mock")
              .start();
      started.add(mock);

      Http.get(mock.baseUrl(), "/x");

      assertThat(
              json(Http.get(mock.baseUrl(), "/__mock/calls"))
                  .get("call-logs")
                  .get(0)
                  .get("servedAt")
                  .asText())
          .isEqualTo("2026-12-04T22:27:30.000Z");
    }

    @Test
    void leavesHeadersAndBodiesOutUnlessIncluded() {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);
      call(mock, "POST", "/pets");

      JsonNode bare = json(Http.get(mock.baseUrl(), "/__mock/calls")).get("call-logs").get(0);
      JsonNode full =
          json(Http.get(
                  mock.baseUrl(),
                  "/__mock/calls?include=request.headers,request.body,"
                      + "response.headers,response.body"))
              .get("call-logs")
              .get(0);

      assertThat(bare.get("request").has("headers")).isFalse();
      assertThat(bare.get("request").has("body")).isFalse();
      assertThat(bare.get("response").has("body")).isFalse();
      assertThat(full.get("request").get("headers").toString()).contains("X-trace", "t-1");
      assertThat(full.get("request").get("body").get("data").asText()).isEqualTo("{\"a\":1}");
      assertThat(full.get("response").get("headers").isArray()).isTrue();
      assertThat(full.get("response").get("body").has("data")).isTrue();
    }

    @Test
    void pagesWithLimitAndCursorUntilNoCursorIsLeft() {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);
      for (int i = 0; i < 5; i++) {
        call(mock, "GET", "/pets/1");
      }

      List<String> ids = new ArrayList<>();
      List<Integer> totals = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        JsonNode page =
            json(
                Http.get(
                    mock.baseUrl(),
                    "/__mock/calls?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
        page.get("call-logs").forEach(e -> ids.add(e.get("id").asText()));
        totals.add(page.get("meta").get("total").asInt());
        JsonNode next = page.get("meta").get("nextCursor");
        cursor = next.isNull() ? null : next.asText();
        pages++;
      } while (cursor != null && pages < 10);

      assertThat(ids).containsExactly("5", "4", "3", "2", "1");
      assertThat(pages).isEqualTo(3);
      assertThat(totals).as("meta.total on every page").containsOnly(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "responseStatusCode=404       | GET /nowhere",
          "requestMethod=post           | POST /pets",
          "requestPath=/PETS/1          | GET /pets/1",
          "responseType=collectionExample&direction=asc | GET /pets/1, POST /pets",
          "since=2000-01-01T00:00:00Z   | GET /nowhere, POST /pets, GET /pets/1",
          "until=2000-01-01T00:00:00Z   | ''",
        })
    void filtersLikePostman(String query, String expected) {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);
      call(mock, "GET", "/pets/1");
      call(mock, "POST", "/pets");
      call(mock, "GET", "/nowhere");

      JsonNode page = json(Http.get(mock.baseUrl(), "/__mock/calls?" + query));

      assertThat(String.join(", ", paths(page))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "limit=0                    | limit must be between 1 and 100 but was [0]",
          "limit=ten                  | limit must be a number but was [ten]",
          "cursor=notOurs             | is not one this server gave in meta.nextCursor",
          "since=yesterday            | since must be an ISO-8601 instant",
          "since=2001-01-01T00:00:00Z&until=2000-01-01T00:00:00Z | must not be earlier than since",
          "include=request.cookies    | include may list",
          "direction=up               | direction must be [asc] or [desc] but was [up]",
        })
    void rejectsInvalidParametersWith400(String query, String message) {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);

      HttpResponse<String> response = Http.get(mock.baseUrl(), "/__mock/calls?" + query);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(json(response).get("error").get("message").asText()).contains(message);
    }

    @Test
    void deleteClearsTheLog() {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);
      call(mock, "GET", "/pets/1");

      HttpResponse<String> deleted = Http.send(mock.baseUrl(), "DELETE", "/__mock/calls", null);

      assertThat(deleted.statusCode()).isEqualTo(204);
      assertThat(json(Http.get(mock.baseUrl(), "/__mock/calls")).get("call-logs")).isEmpty();
      assertThat(mock.allCalls().isEmpty()).isTrue();
    }
  }

  @Nested
  class Admin {
    @Test
    void adminCallsAreNeitherMatchedNorRecorded() {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);

      HttpResponse<String> health = Http.get(mock.baseUrl(), "/__mock/health");
      Http.get(mock.baseUrl(), "/__mock/calls");
      Http.get(mock.baseUrl(), "/__mock/");

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(json(health).get("status").asText()).isEqualTo("UP");
      assertThat(mock.allCalls().isEmpty()).isTrue();
    }

    @Test
    void servesTheCallLogPageWithoutOutsideAssets() {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);

      HttpResponse<String> page = Http.get(mock.baseUrl(), "/__mock/");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(page.body()).contains("<title>postman-mock call log</title>");
      assertThat(page.body()).doesNotContain("http://", "https://", "innerHTML");
    }

    @Test
    void prefixIsConfigurable() {
      MockServer mock = serve("/_admin/");
      call(mock, "GET", "/__mock/calls");

      HttpResponse<String> calls = Http.get(mock.baseUrl(), "/_admin/calls");

      assertThat(paths(json(calls))).containsExactly("GET /__mock/calls");
    }

    @Test
    void areOffUnlessAsked() {
      MockServer mock = serve(null);

      HttpResponse<String> response = Http.get(mock.baseUrl(), "/__mock/health");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(mock.allCalls().size()).isEqualTo(1);
    }

    @Test
    void unknownEndpointsAndMethodsAreRefused() {
      MockServer mock = serve(MockServer.DEFAULT_ADMIN_PREFIX);

      assertThat(Http.get(mock.baseUrl(), "/__mock/nope").statusCode()).isEqualTo(404);
      assertThat(Http.send(mock.baseUrl(), "POST", "/__mock/calls", "x").statusCode())
          .isEqualTo(405);
    }
  }
}
