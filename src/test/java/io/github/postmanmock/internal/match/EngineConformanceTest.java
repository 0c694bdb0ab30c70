package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the matching cases of SPEC §7.2–§7.5 (and those found while building the engine) from {@code
 * conformance/matching-cases.json}; each case checks the chosen example, its score and rule,
 * through both the indexed and the full-scan path.
 */
class EngineConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyMatchingCaseChoosesTheExpectedExample() throws IOException {
    JsonNode cases;
    try (InputStream in = getClass().getResourceAsStream("/conformance/matching-cases.json")) {
      cases = MAPPER.readTree(in).get("cases");
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases) {
      tests.add(
          DynamicTest.dynamicTest(
              c.get("id").asText() + " " + c.get("description").asText(), () -> run(c)));
    }
    return tests.stream();
  }

  private static void run(JsonNode c) {
    List<MockExample> examples = new ArrayList<>();
    for (JsonNode e : c.get("examples")) {
      examples.add(example(e).build(examples.size()));
    }
    Variables variables =
        Variables.of(variables(c.path("collectionVariables")), variables(c.path("environment")));
    MatchEngine engine = MatchEngine.of(examples, variables, options(c.path("options")));
    HttpCall call = call(c.get("call"));
    JsonNode expected = c.get("expected");

    for (Decision d : List.of(engine.match(call), engine.matchByFullScan(call))) {
      if (expected.get("example").isNull()) {
        assertThat(d.matched()).as("matched, decision %s", d).isFalse();
        assertThat(d.reason()).isNotBlank();
        continue;
      }
      String wanted = expected.get("example").asText();
      assertThat(d.example()).as("decision %s", d).isNotNull();
      assertThat(wanted.startsWith("#") ? "#" + d.example().order() : d.example().id())
          .as("chosen example, decision %s", d)
          .isEqualTo(wanted);
      if (expected.has("score")) {
        assertThat(d.score()).as("score").isEqualTo(expected.get("score").asDouble());
      }
      if (expected.has("rule")) {
        assertThat(d.rule()).as("rule").isEqualTo(Rule.valueOf(expected.get("rule").asText()));
      }
      if (expected.has("captures")) {
        assertThat(d.captures()).as("captures").isEqualTo(strings(expected.get("captures")));
      }
    }
  }

  private static ExampleFixture example(JsonNode e) {
    ExampleFixture t =
        ExampleFixture.of(e.get("method").asText(), e.get("url").asText())
            .id(e.get("id").isNull() ? null : e.get("id").asText())
            .name(e.get("name").asText())
            .code(e.get("code").isNull() ? null : e.get("code").asInt());
    strings(e.path("requestHeaders")).forEach(t::requestHeader);
    for (JsonNode v : e.path("pathVariables")) {
      t.pathVariable(
          v.get("key").asText(), v.get("value").isNull() ? null : v.get("value").asText());
    }
    for (JsonNode q : e.path("disabledQuery")) {
      t.disableQuery(q.asText());
    }
    if (e.has("requestBody")) {
      t.requestBody(body(e.get("requestBody")));
    }
    return t;
  }

  private static RequestBody body(JsonNode b) {
    switch (b.get("mode").asText()) {
      case "raw":
        return RequestBody.raw(b.get("raw").asText(), b.path("language").asText(null));
      case "urlencoded":
        return RequestBody.form(BodyMode.URLENCODED, fields(b.get("urlencoded")));
      case "formdata":
        List<FormParam> params = new ArrayList<>();
        for (JsonNode f : b.get("formdata")) {
          params.add(
              new FormParam(
                  f.get("key").asText(),
                  f.get("value").asText(),
                  f.path("type").asText(null),
                  false));
        }
        return RequestBody.form(BodyMode.FORMDATA, params);
      case "graphql":
        return RequestBody.graphql(b.get("query").asText(), b.path("variables").asText(""));
      default:
        throw new IllegalArgumentException("unknown body mode [" + b.get("mode") + "]");
    }
  }

  private static List<FormParam> fields(JsonNode object) {
    List<FormParam> out = new ArrayList<>();
    strings(object).forEach((k, v) -> out.add(new FormParam(k, v, "text", false)));
    return out;
  }

  private static List<Variable> variables(JsonNode array) {
    List<Variable> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(
          new Variable(
              v.get("key").asText(), v.get("value").asText(), v.path("disabled").asBoolean()));
    }
    return out;
  }

  private static MatchOptions options(JsonNode o) {
    MatchOptions.Builder b =
        ("strict".equals(o.path("preset").asText())
                ? MatchOptions.strict()
                : MatchOptions.defaults())
            .toBuilder();
    o.properties()
        .forEach(
            f -> {
              JsonNode v = f.getValue();
              switch (f.getKey()) {
                case "preset" -> {}
                case "docRevision" -> b.docRevision(MatchOptions.DocRevision.valueOf(v.asText()));
                case "pathSource" -> b.pathSource(MatchOptions.PathSource.valueOf(v.asText()));
                case "nameLookupScope" ->
                    b.nameLookupScope(MatchOptions.NameLookupScope.valueOf(v.asText()));
                case "preferStatus" ->
                    b.preferStatus(MatchOptions.PreferStatus.valueOf(v.asText()));
                case "matchWildcards" -> b.matchWildcards(v.asBoolean());
                case "fuzzyPathMatching" -> b.fuzzyPathMatching(v.asBoolean());
                case "queryWildcards" -> b.queryWildcards(v.asBoolean());
                case "pathVariablesAsWildcards" -> b.pathVariablesAsWildcards(v.asBoolean());
                case "matchBody" -> b.matchBody(v.asBoolean());
                case "matchHeaders" -> {
                  List<String> keys = new ArrayList<>();
                  v.forEach(k -> keys.add(k.asText()));
                  b.matchHeaders(keys);
                }
                default ->
                    throw new IllegalArgumentException("unknown option [" + f.getKey() + "]");
              }
            });
    return b.build();
  }

  private static HttpCall call(JsonNode c) {
    HttpCall plain = HttpCall.of(c.get("method").asText(), c.get("target").asText());
    List<Header> headers = new ArrayList<>();
    strings(c.path("headers")).forEach((k, v) -> headers.add(Header.of(k, v)));
    byte[] body = c.path("body").asText("").getBytes(StandardCharsets.UTF_8);
    return new HttpCall(plain.method(), plain.path(), plain.rawQuery(), headers, body);
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new HashMap<>();
    object.properties().forEach(f -> out.put(f.getKey(), f.getValue().asText()));
    return out;
  }
}
