package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a request {@code body} (SPEC §1.3). A string is a raw body; an unknown {@code mode} falls
 * back to raw, as in Postman's SDK; a body marked {@code disabled: true} is no body.
 */
final class BodyParser {
  private final Json json;

  BodyParser(Json json) {
    this.json = json;
  }

  RequestBody parse(JsonNode node, String pointer) {
    if (Json.absent(node)) {
      return RequestBody.NONE;
    }
    if (node.isTextual()) {
      return RequestBody.raw(node.textValue(), null);
    }
    json.object(node, pointer, "a body object or a string");
    if (Json.flag(node.get("disabled"))) {
      return RequestBody.NONE;
    }
    String mode = json.text(node.get("mode"), Json.at(pointer, "mode"));
    if (mode == null) {
      return Json.absent(node.get("raw")) ? RequestBody.NONE : raw(node, pointer);
    }
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "urlencoded" ->
          RequestBody.form(BodyMode.URLENCODED, params(node, pointer, "urlencoded"));
      case "formdata" -> RequestBody.form(BodyMode.FORMDATA, params(node, pointer, "formdata"));
      case "file" -> file(node.get("file"), Json.at(pointer, "file"));
      case "graphql" -> graphql(node.get("graphql"), Json.at(pointer, "graphql"));
      default -> raw(node, pointer);
    };
  }

  /** The {@code raw} text (JSON text when it was saved as a JSON value) and its language. */
  private RequestBody raw(JsonNode node, String pointer) {
    JsonNode raw = node.get("raw");
    String text =
        raw != null && raw.isContainerNode()
            ? raw.toString()
            : json.text(raw, Json.at(pointer, "raw"), "");
    JsonNode language = node.path("options").path("raw").path("language");
    return RequestBody.raw(text, language.isTextual() ? language.textValue() : null);
  }

  private List<FormParam> params(JsonNode node, String pointer, String field) {
    String at = Json.at(pointer, field);
    List<FormParam> params = new ArrayList<>();
    List<JsonNode> entries = json.array(node.get(field), at, "an array of form fields");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String here = Json.at(at, i);
      if (entry.isNull()) {
        continue;
      }
      json.object(entry, here, "a form field {\"key\": ..., \"value\": ...}");
      String key = json.text(entry.get("key"), Json.at(here, "key"));
      if (key == null) {
        continue;
      }
      String type = json.text(entry.get("type"), Json.at(here, "type"), "text");
      String value =
          "file".equals(type)
              ? source(entry.get("src"), Json.at(here, "src"))
              : json.text(entry.get("value"), Json.at(here, "value"), "");
      params.add(new FormParam(key, value, type, Json.flag(entry.get("disabled"))));
    }
    return params;
  }

  /** A file source: a string, or an array of strings joined with commas. */
  private String source(JsonNode node, String pointer) {
    if (node != null && node.isArray()) {
      List<String> files = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        files.add(json.text(node.get(i), Json.at(pointer, i), ""));
      }
      return String.join(",", files);
    }
    return json.text(node, pointer, "");
  }

  private RequestBody file(JsonNode node, String pointer) {
    if (Json.absent(node)) {
      return new RequestBody(BodyMode.FILE, "", List.of(), "", "", null);
    }
    json.object(node, pointer, "a file body {\"src\": ...}");
    String src = json.text(node.get("src"), Json.at(pointer, "src"), "");
    return new RequestBody(BodyMode.FILE, src, List.of(), "", "", null);
  }

  /** {@code {query, variables}}; variables may be JSON text or a JSON value (kept as text). */
  private RequestBody graphql(JsonNode node, String pointer) {
    if (Json.absent(node)) {
      return RequestBody.graphql("", "");
    }
    json.object(node, pointer, "a GraphQL body {\"query\": ..., \"variables\": ...}");
    String query = json.text(node.get("query"), Json.at(pointer, "query"), "");
    JsonNode variables = node.get("variables");
    String text =
        variables != null && variables.isContainerNode()
            ? variables.toString()
            : json.text(variables, Json.at(pointer, "variables"), "");
    return RequestBody.graphql(query, text);
  }
}
