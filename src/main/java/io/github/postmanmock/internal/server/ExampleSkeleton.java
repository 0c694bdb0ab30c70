package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.JsonMappers;
import java.util.Map;

/**
 * A Postman example (v2.1 {@code response} entry) that would answer a call: its {@code
 * originalRequest} is built from the call (method, {@code {{baseUrl}}} and path, query,
 * Content-Type and body), its response a 200 skeleton to fill in. Ready to paste into a request's
 * {@code "response"} array.
 */
final class ExampleSkeleton {

  private ExampleSkeleton() {}

  static String of(HttpCall call) {
    ObjectNode example = JsonNodeFactory.instance.objectNode();
    example.put("name", call.method() + " " + call.path());
    example.set("originalRequest", request(call));
    example.put("status", "OK");
    example.put("code", 200);
    example.put("_postman_previewlanguage", "json");
    ArrayNode header = example.putArray("header");
    header.addObject().put("key", "Content-Type").put("value", "application/json");
    example.put("body", "{}");
    try {
      return JsonMappers.pretty().writeValueAsString(example).replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A tree of strings always serialises", e);
    }
  }

  private static ObjectNode request(HttpCall call) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.put("method", call.method());
    ArrayNode headers = request.putArray("header");
    String contentType = call.header("Content-Type");
    if (contentType != null) {
      headers.addObject().put("key", "Content-Type").put("value", contentType);
    }
    ObjectNode url = request.putObject("url");
    url.put(
        "raw",
        "{{baseUrl}}" + call.path() + (call.rawQuery().isEmpty() ? "" : "?" + call.rawQuery()));
    url.putArray("host").add("{{baseUrl}}");
    ArrayNode path = url.putArray("path");
    for (String segment : call.path().split("/")) {
      if (!segment.isEmpty()) {
        path.add(segment);
      }
    }
    Map<String, String> query = FieldDiff.parseQuery(call.rawQuery());
    if (!query.isEmpty()) {
      ArrayNode params = url.putArray("query");
      query.forEach((k, v) -> params.addObject().put("key", k).put("value", v));
    }
    String body = call.bodyText();
    if (!body.isEmpty()) {
      ObjectNode node = request.putObject("body");
      node.put("mode", "raw");
      node.put("raw", body);
      if (contentType != null && contentType.contains("json")) {
        node.putObject("options").putObject("raw").put("language", "json");
      }
    }
    return request;
  }
}
