package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.StatusTexts;
import io.github.postmanmock.internal.model.Url;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a {@link RecordedExchange} into the JSON of a Postman v2.1 request and of its saved example
 * ({@code originalRequest} plus the response), with the URL written as {@code {{baseUrl}}/path}:
 * the exchange becomes a model {@link MockExample} that the writers of {@link CollectionWriter}
 * turn into JSON, so recorded and exported examples are written alike.
 */
final class ExchangeJson {
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
    return RequestWriter.request(model().request());
  }

  /** The saved example: name, original request, status, headers and body. */
  ObjectNode example() {
    return ResponseWriter.response(model());
  }

  /** The exchange as a model example, which {@link CollectionWriter}'s writers turn into JSON. */
  MockExample model() {
    String requestBody = exchange.requestBody();
    ExampleRequest request =
        new ExampleRequest(
            exchange.method(),
            url(),
            exchange.requestHeaders(),
            requestBody.isEmpty()
                ? RequestBody.NONE
                : RequestBody.raw(requestBody, language(exchange.requestHeader("Content-Type"))));
    String preview = language(exchange.responseHeader("Content-Type"));
    ExampleResponse response =
        new ExampleResponse(
            exchange.status(),
            StatusTexts.of(exchange.status()),
            exchange.responseHeaders(),
            exchange.responseBody(),
            preview == null ? "text" : preview);
    return new MockExample(null, exampleName(), List.of(), "recording", "", 0, request, response);
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

  private Url url() {
    String query = exchange.rawQuery();
    String path = "/" + String.join("/", segments);
    List<QueryParam> params = new ArrayList<>();
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        params.add(
            new QueryParam(
                eq < 0 ? pair : pair.substring(0, eq),
                eq < 0 ? null : pair.substring(eq + 1),
                false));
      }
    }
    return new Url(
        "{{baseUrl}}" + path + (query.isEmpty() ? "" : "?" + query),
        "{{baseUrl}}",
        segments,
        params,
        List.of());
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
