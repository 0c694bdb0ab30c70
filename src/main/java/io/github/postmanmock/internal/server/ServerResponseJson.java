package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.JsonMappers;
import io.github.postmanmock.internal.model.TreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON of the {@code .../server-response} endpoint: {@code {"status": 503, "body": "...",
 * "headers": {"Retry-After": "30"}}} read into a response, and the active response written back
 * with {@code "active"}.
 */
final class ServerResponseJson {
  static final int MAX_BYTES = 64 * 1024;
  private static final Set<String> FIELDS = Set.of("status", "body", "headers");

  private ServerResponseJson() {}

  /** The response a PUT body describes; the message names what is wrong. */
  static ExampleResponse parse(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "The server response must be at most " + MAX_BYTES + " bytes of JSON");
    }
    JsonNode root;
    try {
      root = TreeReader.FIRST_VALUE.read(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "The server response must be a JSON object such as {\"status\": 503} but was not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "The server response must be a JSON object such as {\"status\": 503}");
    }
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      String name = field.getKey();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(
            "Unknown field [" + name + "]; a server response has status, body and headers");
      }
    }
    JsonNode status = root.get("status");
    if (status == null || !status.canConvertToInt() || !status.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "Field [status] must be a whole number from 100 to 599 but was [" + status + "]");
    }
    int code = status.intValue();
    if (code < 100 || code > 599) {
      throw new IllegalArgumentException(
          "Field [status] must be a whole number from 100 to 599 but was [" + code + "]");
    }
    List<Header> headers = headers(root.get("headers"));
    return new ExampleResponse(code, null, headers, body(root.get("body"), headers), null);
  }

  private static List<Header> headers(JsonNode node) {
    List<Header> headers = new ArrayList<>();
    if (node == null || node.isNull()) {
      return headers;
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          "Field [headers] must be an object of names and text values but was [" + node + "]");
    }
    for (Map.Entry<String, JsonNode> h : node.properties()) {
      if (h.getKey().isBlank() || !h.getValue().isTextual()) {
        throw new IllegalArgumentException(
            "Field [headers."
                + h.getKey()
                + "] must be a text value but was ["
                + h.getValue()
                + "]");
      }
      headers.add(Header.of(h.getKey(), h.getValue().textValue()));
    }
    return headers;
  }

  /** Text as it is; an object or array as JSON text, with a JSON content type unless one is set. */
  private static String body(JsonNode node, List<Header> headers) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isContainerNode()) {
      if (headers.stream().noneMatch(h -> h.key().equalsIgnoreCase("Content-Type"))) {
        headers.add(Header.of("Content-Type", "application/json"));
      }
      try {
        return JsonMappers.mapper().writeValueAsString(node);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Field [body] cannot be written as JSON", e);
      }
    }
    throw new IllegalArgumentException(
        "Field [body] must be text, a JSON object or an array but was [" + node + "]");
  }

  /** {@code {"active": false}} or the active response's status, body and headers. */
  static byte[] describe(ExampleResponse response) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("active", response != null);
    if (response != null) {
      root.put("status", response.statusCode());
      if (response.body() != null) {
        root.put("body", response.body());
      }
      ObjectNode headers = root.putObject("headers");
      response.headers().stream()
          .filter(h -> !h.disabled())
          .forEach(h -> headers.put(h.key(), h.value()));
    }
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }
}
