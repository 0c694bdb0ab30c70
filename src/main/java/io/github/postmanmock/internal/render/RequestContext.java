package io.github.postmanmock.internal.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.QueryString;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The views of one call that template helpers read, each built on first use and then kept: the body
 * as JSON (parsed at most once however many tokens read it), query parameters, path segments and
 * headers. Create one per call; not thread-safe, like the rendering of one response.
 */
public final class RequestContext {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final HttpCall call;
  private String bodyText;
  private JsonNode bodyTree;
  private boolean bodyParsed;
  private ObjectNode query;
  private ArrayNode segments;
  private ObjectNode headers;

  /** Create the context of {@code call}. */
  public RequestContext(HttpCall call) {
    this.call = Objects.requireNonNull(call, "call");
  }

  /** Return the body as text, decoded with the charset of its Content-Type. */
  String bodyText() {
    if (bodyText == null) {
      bodyText = call.bodyText();
    }
    return bodyText;
  }

  /**
   * Return the body as a JSON tree, or null when it is plain text: JSON bodies (a JSON media type,
   * or no Content-Type and text that parses) as parsed; form-urlencoded bodies as an object of
   * their fields, first value per name.
   */
  JsonNode bodyTree() {
    if (!bodyParsed) {
      bodyParsed = true;
      bodyTree = parseBody();
    }
    return bodyTree;
  }

  /** Return the query parameters, decoded, as an object of first values per name. */
  ObjectNode query() {
    if (query == null) {
      query = formFields(call.rawQuery());
    }
    return query;
  }

  /** Return the decoded path segments after the leading slash, as a JSON array of strings. */
  ArrayNode pathSegments() {
    if (segments == null) {
      segments = NODES.arrayNode();
      String path = call.path().startsWith("/") ? call.path().substring(1) : call.path();
      if (!path.isEmpty()) {
        for (String segment : path.split("/", -1)) {
          segments.add(QueryString.decode(segment.replace("+", "%2B")));
        }
      }
    }
    return segments;
  }

  /** Return the headers as an object of lower-case names to their first value. */
  ObjectNode headers() {
    if (headers == null) {
      headers = NODES.objectNode();
      for (Header header : call.headers()) {
        String name = header.key().toLowerCase(Locale.ROOT);
        if (!headers.has(name)) {
          headers.put(name, header.value());
        }
      }
    }
    return headers;
  }

  private JsonNode parseBody() {
    String type = call.mediaType();
    if (type.equals("application/x-www-form-urlencoded")) {
      return formFields(bodyText());
    }
    boolean json = type.equals("application/json") || type.endsWith("+json");
    if (!json && !(type.isEmpty() && looksLikeJson(bodyText()))) {
      return null;
    }
    try {
      return HelperJson.MAPPER.readTree(bodyText());
    } catch (IOException notJson) {
      return null;
    }
  }

  private static boolean looksLikeJson(String text) {
    String trimmed = text.strip();
    return trimmed.startsWith("{") || trimmed.startsWith("[");
  }

  private static ObjectNode formFields(String encoded) {
    ObjectNode fields = NODES.objectNode();
    if (encoded.isEmpty()) {
      return fields;
    }
    for (Map.Entry<String, String> pair : QueryString.pairs(encoded)) {
      if (!fields.has(pair.getKey())) {
        fields.put(pair.getKey(), pair.getValue());
      }
    }
    return fields;
  }
}
