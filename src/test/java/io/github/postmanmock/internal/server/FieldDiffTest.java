package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.match.Candidate;
import io.github.postmanmock.internal.match.Candidate.Step;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.ExamplePath;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.UrlParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Field-by-field reasons and the ready-to-paste example of the near-miss report. */
class FieldDiffTest {
  private static MockExample example(String method, String url, List<Header> headers, String body) {
    return new MockExample(
        "e",
        "Found",
        List.of("Orders", "Get order"),
        "t.json",
        "",
        0,
        new ExampleRequest(
            method,
            UrlParser.parse(url),
            headers,
            body == null ? RequestBody.NONE : RequestBody.raw(body, "json")),
        new ExampleResponse(200, null, List.of(), null, null));
  }

  private static HttpCall call(String method, String target, String body, Header... headers) {
    int q = target.indexOf('?');
    return new HttpCall(
        method,
        q < 0 ? target : target.substring(0, q),
        q < 0 ? "" : target.substring(q + 1),
        List.of(headers),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "method",
            example("POST", "{{baseUrl}}/orders", List.of(), null),
            call("GET", "/orders", null),
            List.of("method: example [POST], call [GET]")),
        Arguments.of(
            "path step, variables accept anything",
            example("GET", "{{baseUrl}}/orders/{{id}}/items", List.of(), null),
            call("GET", "/orders/7/item", null),
            List.of("path: step 3 is [items] in the example, [item] in the call")),
        Arguments.of(
            "query missing and different, decoded",
            example("GET", "{{baseUrl}}/orders?limit=10&sort=new%20first", List.of(), null),
            call("GET", "/orders?sort=old", null),
            List.of(
                "query: the call lacks [limit=10]",
                "query: [sort] is [new%20first] in the example, [old] in the call")),
        Arguments.of(
            "header missing",
            example("GET", "{{baseUrl}}/orders", List.of(Header.of("Accept", "text/csv")), null),
            call("GET", "/orders", null),
            List.of("header: the call lacks [Accept: text/csv]")),
        Arguments.of(
            "JSON body compared as a tree",
            example("POST", "{{baseUrl}}/orders", List.of(), "{\"a\": 1, \"b\": 2}"),
            call("POST", "/orders", "{\"b\":2,\"a\":3}"),
            List.of("body: example [{\"a\": 1, \"b\": 2}], call [{\"b\":2,\"a\":3}]")),
        Arguments.of(
            "nothing differs",
            example("POST", "{{baseUrl}}/orders", List.of(), "{\"a\": 1}"),
            call("POST", "/orders", "{\"a\":1}"),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void namesEachDifferingField(
      String name, MockExample example, HttpCall call, List<String> lines) {
    assertThat(FieldDiff.lines(example, call)).isEqualTo(lines);
  }

  @Test
  void suggestsAnExampleBuiltFromTheCall() {
    HttpCall call =
        call(
            "POST",
            "/orders?dry=true",
            "{\"id\":1}",
            Header.of("Content-Type", "application/json"));

    assertThat(ExampleSkeleton.of(call))
        .isEqualTo(
            """
            {
              "name" : "POST /orders",
              "originalRequest" : {
                "method" : "POST",
                "header" : [ {
                  "key" : "Content-Type",
                  "value" : "application/json"
                } ],
                "url" : {
                  "raw" : "{{baseUrl}}/orders?dry=true",
                  "host" : [ "{{baseUrl}}" ],
                  "path" : [ "orders" ],
                  "query" : [ {
                    "key" : "dry",
                    "value" : "true"
                  } ]
                },
                "body" : {
                  "mode" : "raw",
                  "raw" : "{\\"id\\":1}",
                  "options" : {
                    "raw" : {
                      "language" : "json"
                    }
                  }
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
            }""");
  }

  @Test
  void headerSummaryCarriesTheFirstDifferingField() {
    MockExample e = example("GET", "{{baseUrl}}/orders/1", List.of(), null);
    Candidate near = new Candidate(e, Step.PATH, null, Double.NaN, "path /orders/1 differs");

    String summary =
        NearMissReport.summary(
            HttpCall.of("GET", "/orders/2"), Decision.notFound("", List.of(near)));

    assertThat(summary)
        .isEqualTo(
            "closest: [Orders / Get order / Found] GET /orders/1 -> 200: path /orders/1 differs"
                + " (step PATH); path: step 2 is [1] in the example, [2] in the call");
  }

  @Test
  void aPathVariableWithASavedValueIsComparedAsTheEngineDid() {
    MockExample e = example("GET", "{{baseUrl}}/2/users/by/username/:username", List.of(), null);
    ExamplePath resolved =
        new ExamplePath(
            List.of("2", "users", "by", "username", "TwitterDev"),
            List.of("2", "users", "by", "username", ":username"),
            List.of("", "", "", "", ""));
    Candidate near = new Candidate(e, Step.PATH, null, Double.NaN, "path differs", resolved);
    HttpCall call = HttpCall.of("GET", "/2/users/by/username/elonmusk");

    assertThat(FieldDiff.lines(near, call))
        .containsExactly(
            "path: step 5 is [TwitterDev] (:username) in the example, [elonmusk] in the call");
    assertThat(NearMissReport.summary(call, Decision.notFound("", List.of(near))))
        .endsWith(
            "; path: step 5 is [TwitterDev] (:username) in the example, [elonmusk] in the call");
  }

  @Test
  void theHeaderSaysWhenTheCalledRequestHasNoSavedExamples() {
    String summary =
        NearMissReport.summary(
            HttpCall.of("GET", "/2/tweets/1/liking_users"),
            Decision.notFound(
                "no GET example matches the path [/2/tweets/1/liking_users]; request 'Likes/Liking"
                    + " users' has no saved examples",
                List.of()));

    assertThat(summary)
        .isEqualTo("request 'Likes/Liking users' has no saved examples; no example comes close");
  }
}
