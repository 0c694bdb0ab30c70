package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.testing.ExampleFixture;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance cases 01–49 of SPEC §7, end to end over real HTTP, from the table in {@code
 * conformance/spec-cases.json}.
 *
 * <p>Every case runs and a case whose calls do not get the specified answers fails the build.
 */
class SpecConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in =
        SpecConformanceTest.class.getResourceAsStream("/conformance/spec-cases.json")) {
      JsonNode root = JSON.readTree(in);
      return StreamSupport.stream(root.path("cases").spliterator(), false)
          .map(
              c -> Arguments.of("TC-" + c.path("tc").asText() + " " + c.path("title").asText(), c));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void behavesAsSpecified(String name, JsonNode spec) {
    try (MockServer mock = start(spec)) {
      for (JsonNode call : spec.path("calls")) {
        assertCall(mock, call);
      }
    }
  }

  private static void assertCall(MockServer mock, JsonNode call) {
    List<String> headers = new ArrayList<>();
    call.path("headers")
        .properties()
        .forEach(
            h -> {
              headers.add(h.getKey());
              headers.add(h.getValue().asText());
            });
    String body = call.hasNonNull("body") ? call.path("body").asText() : null;
    int before = mock.allCalls().size();
    HttpResponse<String> response =
        Http.send(
            mock.baseUrl(),
            call.path("method").asText(),
            call.path("target").asText(),
            body,
            headers.toArray(String[]::new));
    RecordedCall recorded = mock.allCalls().asList().get(before);
    JsonNode expect = call.path("expect");

    if (expect.has("status")) {
      assertThat(response.statusCode())
          .as("status of %s", recorded)
          .isEqualTo(expect.path("status").asInt());
    }
    if (expect.path("example").isNull()) {
      assertThat(recorded.matched()).as("%s is unmatched", recorded).isFalse();
    } else {
      assertThat(recorded.matchedExample())
          .as("example of %s", recorded)
          .hasValue(expect.path("example").asText());
    }
    if (expect.has("body")) {
      assertThat(response.body())
          .as("body of %s", recorded)
          .isEqualTo(expect.path("body").asText());
    }
    expect
        .path("headers")
        .properties()
        .forEach(
            h ->
                assertThat(response.headers().firstValue(h.getKey()))
                    .as("header %s of %s", h.getKey(), recorded)
                    .hasValue(h.getValue().asText()));
  }

  private static MockServer start(JsonNode spec) {
    List<MockExample> examples = new ArrayList<>();
    for (JsonNode e : spec.path("examples")) {
      examples.add(example(e).build().withOrder(examples.size()));
    }
    List<Variable> collection = variables(spec.path("collection"), false);
    collection.addAll(variables(spec.path("disabledCollection"), true));
    MatchingOptions options = MatchingOptions.defaults();
    JsonNode o = spec.path("options");
    if (o.has("matchBody")) {
      options = options.withMatchBody(o.path("matchBody").asBoolean());
    }
    if (o.has("matchHeaders")) {
      options = options.withMatchHeaders(strings(o.path("matchHeaders")).toArray(String[]::new));
    }
    return Seams.of(MockServer.builder().options(options))
        .examples(examples)
        .variables(collection, variables(spec.path("environment"), false))
        .start();
  }

  private static ExampleFixture example(JsonNode e) {
    ExampleFixture f =
        ExampleFixture.example(
                e.path("name").asText(), e.path("method").asText(), e.path("url").asText())
            .id(e.path("id").asText())
            .code(e.path("code").asInt())
            .url(url(e));
    e.path("headers").properties().forEach(h -> f.header(h.getKey(), h.getValue().asText()));
    e.path("requestHeaders")
        .properties()
        .forEach(h -> f.requestHeader(h.getKey(), h.getValue().asText()));
    if (e.has("body")) {
      f.body(e.path("body").asText());
    }
    if (e.has("previewLanguage")) {
      f.previewLanguage(e.path("previewLanguage").asText());
    }
    if (e.has("itemPath")) {
      f.in(strings(e.path("itemPath")).toArray(String[]::new));
    }
    JsonNode body = e.path("requestBody");
    if (body.has("raw")) {
      f.requestBody(RequestBody.raw(body.path("raw").asText(), body.path("language").asText(null)));
    } else if (body.has("urlencoded")) {
      List<FormParam> params = new ArrayList<>();
      body.path("urlencoded")
          .properties()
          .forEach(
              p -> params.add(new FormParam(p.getKey(), p.getValue().asText(), "text", false)));
      f.requestBody(RequestBody.form(BodyMode.URLENCODED, params));
    }
    return f;
  }

  private static Url url(JsonNode e) {
    Url parsed = UrlParser.parse(e.path("url").asText());
    List<String> disabled = strings(e.path("disabledQuery"));
    List<QueryParam> query = new ArrayList<>();
    for (QueryParam q : parsed.query()) {
      query.add(new QueryParam(q.key(), q.value(), disabled.contains(q.key())));
    }
    List<Variable> pathVariables = new ArrayList<>();
    e.path("pathVariables")
        .properties()
        .forEach(
            v ->
                pathVariables.add(
                    Variable.of(v.getKey(), v.getValue().isNull() ? null : v.getValue().asText())));
    return new Url(parsed.raw(), parsed.host(), parsed.path(), query, pathVariables);
  }

  private static List<Variable> variables(JsonNode map, boolean disabled) {
    List<Variable> variables = new ArrayList<>();
    for (Map.Entry<String, JsonNode> v : map.properties()) {
      variables.add(new Variable(v.getKey(), v.getValue().asText(), disabled));
    }
    return variables;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
