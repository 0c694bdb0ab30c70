package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a {@link RecordedExchange} into the JSON of a Postman v2.1 request and of its saved example
 * ({@code originalRequest} plus the response), with the URL written as {@code {{baseUrl}}/path}.
 */
final class ExchangeJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final RecordedExchange exchange;
  private final List<String> segments;

  ExchangeJson(RecordedExchange exchange, boolean idVariables) {
    this.exchange = exchange;
    this.segments = segments(exchange.path(), idVariables);
  }

  /** Whether {@code segment} looks like an ID: digits only, or a UUID. */
  static boolean looksLikeId(String segment) {
    return DIGITS.matcher(segment).matches() || UUID.matcher(segment).matches();
  }

  private static List<String> segments(String path, boolean idVariables) {
    List<String> out = new ArrayList<>();
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.isEmpty()) {
      return out;
    }
    int ids = 0;
    for (String s : trimmed.split("/", -1)) {
      if (idVariables && looksLikeId(s)) {
        ids++;
        out.add("{{id" + (ids == 1 ? "" : String.valueOf(ids)) + "}}");
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** The folder the request goes in: the first path segment, or empty for the root path. */
  String folder() {
    return segments.isEmpty() || segments.get(0).isEmpty() ? "" : segments.get(0);
  }

  /** The request name: {@code GET /orders/{{id}}}. */
  String requestName() {
    return exchange.method() + " /" + String.join("/", segments);
  }

  /** The example name: {@code GET /orders/{{id}} -> 200}. */
  String exampleName() {
    return requestName() + " -> " + exchange.status();
  }

  /** The request as Postman saves it, used both for the item and as {@code originalRequest}. */
  ObjectNode request() {
    ObjectNode request = NODES.objectNode();
    request.put("method", exchange.method());
    request.set("header", headers(exchange.requestHeaders()));
    if (!exchange.requestBody().isEmpty()) {
      ObjectNode body = request.putObject("body");
      body.put("mode", "raw");
      body.put("raw", exchange.requestBody());
      String language = language(exchange.requestHeader("Content-Type"));
      if (language != null) {
        body.putObject("options").putObject("raw").put("language", language);
      }
    }
    request.set("url", url());
    return request;
  }

  /** The saved example: name, original request, status, headers and body. */
  ObjectNode example() {
    ObjectNode example = NODES.objectNode();
    example.put("name", exampleName());
    example.set("originalRequest", request());
    example.put("status", StatusTexts.of(exchange.status()));
    example.put("code", exchange.status());
    String language = language(exchange.responseHeader("Content-Type"));
    example.put("_postman_previewlanguage", language == null ? "text" : language);
    example.set("header", headers(exchange.responseHeaders()));
    example.putArray("cookie");
    example.put("body", exchange.responseBody());
    return example;
  }

  /**
   * What makes two examples the same exchange: method, URL, request body, status and response body.
   * Headers are left out, as a {@code Date} alone would keep every repeat.
   */
  static String identity(JsonNode example) {
    JsonNode request = example.path("originalRequest");
    JsonNode url = request.path("url");
    String raw = url.isTextual() ? url.textValue() : url.path("raw").asText("");
    return request.path("method").asText("GET").toUpperCase(Locale.ROOT)
        + ' '
        + raw
        + '\n'
        + request.path("body").path("raw").asText("")
        + '\n'
        + example.path("code").asText("")
        + '\n'
        + example.path("body").asText("");
  }

  private ObjectNode url() {
    ObjectNode url = NODES.objectNode();
    String query = exchange.rawQuery();
    String path = "/" + String.join("/", segments);
    url.put("raw", "{{baseUrl}}" + path + (query.isEmpty() ? "" : "?" + query));
    url.putArray("host").add("{{baseUrl}}");
    ArrayNode pathNode = url.putArray("path");
    segments.forEach(pathNode::add);
    if (!query.isEmpty()) {
      ArrayNode params = url.putArray("query");
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        ObjectNode param = params.addObject();
        param.put("key", eq < 0 ? pair : pair.substring(0, eq));
        if (eq < 0) {
          param.putNull("value");
        } else {
          param.put("value", pair.substring(eq + 1));
        }
      }
    }
    return url;
  }

  private static ArrayNode headers(List<Header> headers) {
    ArrayNode out = NODES.arrayNode();
    for (Header h : headers) {
      out.addObject().put("key", h.key()).put("value", h.value());
    }
    return out;
  }

  /** The Postman body language for a Content-Type, or {@code null} when none fits. */
  private static String language(String contentType) {
    if (contentType == null) {
      return null;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return "json";
    }
    if (type.contains("xml")) {
      return "xml";
    }
    if (type.contains("html")) {
      return "html";
    }
    if (type.contains("javascript")) {
      return "javascript";
    }
    return type.startsWith("text/") ? "text" : null;
  }
}
