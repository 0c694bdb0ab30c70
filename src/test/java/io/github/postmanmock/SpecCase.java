package io.github.postmanmock;

import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One matching case of SPEC §7 written twice: with the inline builder and as the items of a Postman
 * collection (JSON text), with its variables, options, calls and the example each call expects.
 */
final class SpecCase {
  final String id;
  final List<ExampleBuilder> built = new ArrayList<>();
  final List<String> items = new ArrayList<>();
  final List<Variable> collectionVariables = new ArrayList<>();
  final List<Variable> environment = new ArrayList<>();
  MatchOptions options = MatchOptions.defaults();
  final List<HttpCall> calls = new ArrayList<>();
  final List<String> expected = new ArrayList<>();

  private SpecCase(String id) {
    this.id = id;
  }

  static SpecCase tc(String id) {
    return new SpecCase(id);
  }

  /** The examples written with the builder. */
  SpecCase inline(ExampleBuilder... examples) {
    built.addAll(Arrays.asList(examples));
    return this;
  }

  /** The same examples as collection items (JSON objects, see {@link #item}). */
  SpecCase json(String... itemJson) {
    items.addAll(Arrays.asList(itemJson));
    return this;
  }

  SpecCase cvar(String key, String value, boolean disabled) {
    collectionVariables.add(new Variable(key, value, disabled));
    return this;
  }

  SpecCase env(String key, String value) {
    environment.add(Variable.of(key, value));
    return this;
  }

  SpecCase options(MatchOptions options) {
    this.options = options;
    return this;
  }

  /**
   * A call such as {@code "GET /users?x=1"} with {@code "Name: value"} headers, and the id of the
   * example it should get, or {@code null} for none.
   */
  SpecCase call(String requestLine, String expectedId, String... headers) {
    return callWithBody(requestLine, null, expectedId, headers);
  }

  /** Like {@link #call(String, String, String...)}, with a request body. */
  SpecCase callWithBody(String requestLine, String body, String expectedId, String... headers) {
    String[] parts = requestLine.split(" ", 2);
    HttpCall plain = HttpCall.of(parts[0], parts[1]);
    List<Header> list = new ArrayList<>();
    for (String h : headers) {
      int colon = h.indexOf(':');
      list.add(Header.of(h.substring(0, colon).trim(), h.substring(colon + 1).trim()));
    }
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    calls.add(new HttpCall(plain.method(), plain.path(), plain.rawQuery(), list, bytes));
    expected.add(expectedId);
    return this;
  }

  /** The collection JSON text holding {@link #items}. */
  String collectionJson() {
    return """
        {"info": {"name": "%s", "schema":
          "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "variable": [],
         "item": [%s]}
        """
        .formatted(id, String.join(",\n", items));
  }

  @Override
  public String toString() {
    return id;
  }

  /** A saved example {@code E(id, name, METHOD, url, code)} in its own item, as SPEC §7.1 says. */
  static String item(String id, String name, String method, String url, int code) {
    return item(id, name, method, url, code, "", "");
  }

  /**
   * Like {@link #item(String, String, String, String, int)}, with more fields for the {@code
   * originalRequest} ({@code "header": [...]}) and for the response ({@code "body": "..."}).
   */
  static String item(
      String id,
      String name,
      String method,
      String url,
      int code,
      String requestFields,
      String responseFields) {
    String request =
        """
        {"method": "%s", "url": %s%s}"""
            .formatted(method, urlObject(url), requestFields.isEmpty() ? "" : ", " + requestFields);
    return """
        {"name": "%s", "request": %s,
         "response": [{"id": "%s", "name": "%s", "code": %d, "originalRequest": %s%s}]}"""
        .formatted(
            name,
            request,
            id,
            name,
            code,
            request,
            responseFields.isEmpty() ? "" : ", " + responseFields);
  }

  /** The URL object Postman saves for {@code {{baseUrl}}} + a path with an optional query. */
  static String urlObject(String url) {
    String path = url.startsWith("{{baseUrl}}") ? url.substring("{{baseUrl}}".length()) : url;
    String query = "";
    int q = path.indexOf('?');
    if (q >= 0) {
      query = path.substring(q + 1);
      path = path.substring(0, q);
    }
    List<String> segments = new ArrayList<>();
    for (String s : path.substring(1).split("/", -1)) {
      segments.add("\"" + s + "\"");
    }
    List<String> params = new ArrayList<>();
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        params.add("{\"key\": \"%s\", \"value\": \"%s\"}".formatted(kv[0], kv[1]));
      }
    }
    return """
        {"raw": "{{baseUrl}}%s", "host": ["{{baseUrl}}"], "path": [%s], "query": [%s]}"""
        .formatted(
            path + (query.isEmpty() ? "" : "?" + query),
            String.join(", ", segments),
            String.join(", ", params));
  }
}
