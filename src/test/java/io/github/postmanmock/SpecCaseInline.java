package io.github.postmanmock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.testing.TableCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A SPEC table case's examples written with the inline builder, the way a user would: {@code
 * Examples.get("/users").respond(200).json(...)}. A disabled query parameter is one the builder
 * leaves out; the host variable {@code {{baseUrl}}} is left out too unless the case defines it.
 */
final class SpecCaseInline {
  private SpecCaseInline() {}

  static List<ExampleBuilder> builders(TableCase c) {
    Set<String> defined = new HashSet<>();
    c.collectionVariables().stream().map(Variable::key).forEach(defined::add);
    c.environment().stream().map(Variable::key).forEach(defined::add);
    List<ExampleBuilder> out = new ArrayList<>();
    for (JsonNode e : c.exampleJson()) {
      out.add(builder(e, defined.contains("baseUrl")));
    }
    return out;
  }

  private static ExampleBuilder builder(JsonNode e, boolean keepBaseUrl) {
    String url = e.path("url").asText();
    if (!keepBaseUrl && url.startsWith("{{baseUrl}}/")) {
      url = url.substring("{{baseUrl}}".length());
    }
    List<String[]> query = new ArrayList<>();
    int q = url.indexOf('?');
    if (q >= 0) {
      for (String pair : url.substring(q + 1).split("&")) {
        String key = pair.split("=", 2)[0];
        if (!contains(e.path("disabledQuery"), key)) {
          query.add(pair.split("=", 2));
        }
      }
      url = url.substring(0, q);
    }
    boolean byMethod = e.path("queryByMethod").asBoolean();
    if (!byMethod && !query.isEmpty()) {
      url += "?" + String.join("&", query.stream().map(p -> String.join("=", p)).toList());
    }
    ExampleBuilder b = start(e.path("method").asText(), url);
    if (byMethod) {
      query.forEach(p -> b.query(p[0], p.length > 1 ? p[1] : null));
    }
    for (JsonNode v : e.path("pathVariables")) {
      if (!v.path("value").isNull()) {
        b.pathVariable(v.path("key").asText(), v.path("value").asText());
      }
    }
    e.path("requestHeaders").properties().forEach(h -> b.header(h.getKey(), h.getValue().asText()));
    requestBody(b, e.path("requestBody"));
    b.respond(e.path("code").asInt());
    e.path("responseHeaders")
        .properties()
        .forEach(h -> b.header(h.getKey(), h.getValue().asText()));
    if (e.has("responseBody")) {
      String body = e.path("responseBody").asText();
      if ("json".equals(e.path("previewLanguage").asText())) {
        b.json(body);
      } else {
        b.text(body);
      }
    }
    if (!e.path("id").isNull()) {
      b.id(e.path("id").asText());
    }
    return b.named(e.path("name").asText());
  }

  private static ExampleBuilder start(String method, String url) {
    if (!url.startsWith("/")) {
      return Examples.request(method, url);
    }
    return switch (method) {
      case "GET" -> Examples.get(url);
      case "POST" -> Examples.post(url);
      default -> Examples.request(method, url);
    };
  }

  private static void requestBody(ExampleBuilder b, JsonNode body) {
    switch (body.path("mode").asText()) {
      case "raw" -> {
        if ("json".equals(body.path("language").asText())) {
          b.jsonBody(body.path("raw").asText());
        } else {
          b.textBody(body.path("raw").asText());
        }
      }
      case "urlencoded" -> {
        List<String> pairs = new ArrayList<>();
        body.path("urlencoded")
            .properties()
            .forEach(f -> pairs.addAll(List.of(f.getKey(), f.getValue().asText())));
        b.formBody(
            pairs.get(0), pairs.get(1), pairs.subList(2, pairs.size()).toArray(String[]::new));
      }
      case "formdata" ->
          body.path("formdata")
              .forEach(f -> b.multipartField(f.path("key").asText(), f.path("value").asText()));
      case "graphql" ->
          b.graphqlBody(body.path("query").asText(), body.path("variables").asText(""));
      default -> {}
    }
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (n.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
