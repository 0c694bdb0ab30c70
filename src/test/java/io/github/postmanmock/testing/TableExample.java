package io.github.postmanmock.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.RequestBody;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SpecTable} example (JSON) as a model example, made the way the collection loader makes
 * one; the engine and HTTP runners share it.
 */
final class TableExample {
  private TableExample() {}

  static ExampleFixture fixture(JsonNode e) {
    ExampleFixture f =
        ExampleFixture.of(e.path("method").asText(), e.path("url").asText())
            .id(e.path("id").isNull() ? null : e.path("id").asText())
            .name(e.path("name").asText())
            .code(e.path("code").isNull() ? null : e.path("code").asInt());
    e.path("requestHeaders")
        .properties()
        .forEach(h -> f.requestHeader(h.getKey(), h.getValue().asText()));
    for (JsonNode v : e.path("pathVariables")) {
      f.pathVariable(
          v.path("key").asText(), v.path("value").isNull() ? null : v.path("value").asText());
    }
    e.path("disabledQuery").forEach(q -> f.disableQuery(q.asText()));
    if (e.has("requestBody")) {
      f.requestBody(body(e.path("requestBody")));
    }
    e.path("responseHeaders")
        .properties()
        .forEach(h -> f.header(h.getKey(), h.getValue().asText()));
    if (e.has("responseBody")) {
      f.body(e.path("responseBody").asText());
    }
    if (e.has("previewLanguage")) {
      f.previewLanguage(e.path("previewLanguage").asText());
    }
    if (e.has("itemPath")) {
      List<String> path = new ArrayList<>();
      e.path("itemPath").forEach(p -> path.add(p.asText()));
      f.in(path.toArray(String[]::new));
    }
    return f;
  }

  private static RequestBody body(JsonNode b) {
    return switch (b.path("mode").asText()) {
      case "raw" -> RequestBody.raw(b.path("raw").asText(), b.path("language").asText(null));
      case "urlencoded" -> RequestBody.form(BodyMode.URLENCODED, fields(b.path("urlencoded")));
      case "formdata" -> RequestBody.form(BodyMode.FORMDATA, parts(b.path("formdata")));
      case "graphql" ->
          RequestBody.graphql(b.path("query").asText(), b.path("variables").asText(""));
      default -> throw new IllegalArgumentException("unknown body mode [" + b.path("mode") + "]");
    };
  }

  private static List<FormParam> fields(JsonNode object) {
    List<FormParam> out = new ArrayList<>();
    object
        .properties()
        .forEach(f -> out.add(new FormParam(f.getKey(), f.getValue().asText(), "text", false)));
    return out;
  }

  private static List<FormParam> parts(JsonNode array) {
    List<FormParam> out = new ArrayList<>();
    for (JsonNode f : array) {
      out.add(
          new FormParam(
              f.path("key").asText(),
              f.path("value").asText(),
              f.path("type").asText(null),
              false));
    }
    return out;
  }
}
