package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code request} or {@code originalRequest} (SPEC §1.3): a bare string is a GET of that
 * URL; in an object the method is upper-cased and defaults to GET.
 */
final class RequestParser {
  private final Json json;
  private final UrlReader urls;
  private final HeaderParser headers;
  private final BodyParser bodies;

  RequestParser(Json json) {
    this.json = json;
    this.urls = new UrlReader(json);
    this.headers = new HeaderParser(json);
    this.bodies = new BodyParser(json);
  }

  /** A GET of the root path, for an item that has no request at all. */
  static ExampleRequest rootGet() {
    return new ExampleRequest("GET", Url.ROOT, List.of(), RequestBody.NONE);
  }

  ExampleRequest parse(JsonNode node, String pointer) {
    if (Json.absent(node)) {
      return rootGet();
    }
    if (node.isTextual()) {
      return new ExampleRequest(
          "GET", UrlParser.parse(node.textValue()), List.of(), RequestBody.NONE);
    }
    json.object(node, pointer, "a request object or a URL string");
    String method = json.text(node.get("method"), Json.at(pointer, "method"), "");
    method = method.isBlank() ? "GET" : method.trim().toUpperCase(Locale.ROOT);
    return new ExampleRequest(
        method,
        urls.read(node.get("url"), Json.at(pointer, "url")),
        headers.parse(node.get("header"), Json.at(pointer, "header")),
        bodies.parse(node.get("body"), Json.at(pointer, "body")));
  }
}
