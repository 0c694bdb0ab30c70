package io.github.postmanmock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.testing.TableCase;

/**
 * A SPEC table case's examples as a Postman collection file: each example in its own item (under
 * its folders, if any), its {@code originalRequest} in the object form Postman saves, as SPEC §7.1
 * describes.
 */
final class SpecCaseJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "{{baseUrl}}";

  private SpecCaseJson() {}

  static String collection(TableCase c) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("info")
        .put("name", c.id())
        .put("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    ArrayNode items = root.putArray("item");
    for (JsonNode e : c.exampleJson()) {
      items.add(inFolders(e, item(e)));
    }
    return root.toString();
  }

  private static ObjectNode item(JsonNode e) {
    JsonNode place = e.path("itemPath");
    JsonNode request = e.path("requestAsString").asBoolean() ? e.path("url") : request(e);
    ObjectNode item = JSON.createObjectNode();
    item.put(
        "name", place.isEmpty() ? e.path("name").asText() : place.get(place.size() - 1).asText());
    item.set("request", request);
    ObjectNode response = item.putArray("response").addObject();
    response.set("id", e.path("id"));
    response.put("name", e.path("name").asText());
    response.set("code", e.path("code"));
    response.set("originalRequest", request);
    ArrayNode headers = response.putArray("header");
    e.path("responseHeaders")
        .properties()
        .forEach(
            h -> headers.addObject().put("key", h.getKey()).put("value", h.getValue().asText()));
    if (e.has("responseBody")) {
      response.set("body", e.path("responseBody"));
    }
    if (e.has("previewLanguage")) {
      response.set("_postman_previewlanguage", e.path("previewLanguage"));
    }
    return item;
  }

  /** The item inside the folders its {@code itemPath} names (the last name is the request's). */
  private static JsonNode inFolders(JsonNode e, ObjectNode item) {
    JsonNode path = e.path("itemPath");
    ObjectNode inner = item;
    for (int i = path.size() - 2; i >= 0; i--) {
      ObjectNode folder = JSON.createObjectNode().put("name", path.get(i).asText());
      folder.putArray("item").add(inner);
      inner = folder;
    }
    return inner;
  }

  private static ObjectNode request(JsonNode e) {
    ObjectNode request = JSON.createObjectNode().put("method", e.path("method").asText());
    request.set("url", url(e));
    ArrayNode headers = request.putArray("header");
    e.path("requestHeaders")
        .properties()
        .forEach(
            h -> headers.addObject().put("key", h.getKey()).put("value", h.getValue().asText()));
    JsonNode body = e.path("requestBody");
    if (!body.isMissingNode()) {
      request.set("body", body(body));
    }
    return request;
  }

  private static JsonNode url(JsonNode e) {
    String raw = e.path("url").asText();
    if (!raw.startsWith(BASE)) {
      return e.path("url");
    }
    ObjectNode url = JSON.createObjectNode().put("raw", raw);
    url.putArray("host").add(BASE);
    String rest = raw.substring(BASE.length());
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    ArrayNode segments = url.putArray("path");
    if (!path.isEmpty()) {
      for (String s : path.substring(1).split("/", -1)) {
        segments.add(s);
      }
    }
    ArrayNode query = url.putArray("query");
    if (q >= 0) {
      for (String pair : rest.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        ObjectNode p =
            query.addObject().put("key", kv[0]).put("value", kv.length > 1 ? kv[1] : null);
        for (JsonNode d : e.path("disabledQuery")) {
          if (d.asText().equals(kv[0])) {
            p.put("disabled", true);
          }
        }
      }
    }
    ArrayNode variables = url.putArray("variable");
    for (JsonNode v : e.path("pathVariables")) {
      ObjectNode variable = variables.addObject().put("key", v.path("key").asText());
      if (!v.path("value").isNull()) {
        variable.set("value", v.path("value"));
      }
    }
    return url;
  }

  private static ObjectNode body(JsonNode b) {
    String mode = b.path("mode").asText();
    ObjectNode body = JSON.createObjectNode().put("mode", mode);
    switch (mode) {
      case "raw" -> {
        body.set("raw", b.path("raw"));
        body.putObject("options").putObject("raw").set("language", b.path("language"));
      }
      case "urlencoded" -> {
        ArrayNode fields = body.putArray("urlencoded");
        b.path("urlencoded")
            .properties()
            .forEach(
                f -> fields.addObject().put("key", f.getKey()).put("value", f.getValue().asText()));
      }
      case "formdata" -> body.set("formdata", b.path("formdata"));
      case "graphql" ->
          body.putObject("graphql")
              .put("query", b.path("query").asText())
              .put("variables", b.path("variables").asText(""));
      default -> throw new IllegalArgumentException("unknown body mode [" + mode + "]");
    }
    return body;
  }
}
