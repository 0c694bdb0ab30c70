package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code url} (SPEC §1.4): a string is parsed like Postman parses it; an object uses its
 * {@code path} when it has one and parses {@code raw} otherwise. Absent or empty URLs are the root
 * path. Path segments are kept verbatim ({@code :id.json} included).
 */
final class UrlReader {
  private final Json json;
  private final VariableReader variables;

  UrlReader(Json json) {
    this.json = json;
    this.variables = new VariableReader(json);
  }

  Url read(JsonNode node, String pointer) {
    if (Json.absent(node)) {
      return Url.ROOT;
    }
    if (node.isTextual()) {
      return UrlParser.parse(node.textValue());
    }
    json.object(node, pointer, "a URL string or object");
    String raw = json.text(node.get("raw"), Json.at(pointer, "raw"));
    Url fromRaw = raw == null ? null : UrlParser.parse(raw);
    JsonNode pathNode = node.get("path");
    List<String> path =
        !Json.absent(pathNode)
            ? path(pathNode, Json.at(pointer, "path"))
            : fromRaw == null ? List.of() : fromRaw.path();
    JsonNode hostNode = node.get("host");
    String host =
        !Json.absent(hostNode)
            ? host(hostNode, Json.at(pointer, "host"))
            : fromRaw == null ? "" : fromRaw.host();
    JsonNode queryNode = node.get("query");
    List<QueryParam> query =
        !Json.absent(queryNode)
            ? query(queryNode, Json.at(pointer, "query"))
            : fromRaw == null ? List.of() : fromRaw.query();
    List<Variable> pathVariables =
        variables.read(node.get("variable"), Json.at(pointer, "variable"));
    String text = raw != null ? raw : rebuild(node, pointer, host, path, query);
    return new Url(text, host, path, query, pathVariables);
  }

  /** An array of strings or {@code {type, value}} objects, or a string split on {@code /}. */
  private List<String> path(JsonNode node, String pointer) {
    if (node.isTextual()) {
      String text = node.textValue();
      if (text.isEmpty()) {
        return List.of();
      }
      text = text.startsWith("/") ? text.substring(1) : text;
      return List.of(text.split("/", -1));
    }
    List<String> segments = new ArrayList<>();
    List<JsonNode> entries = json.array(node, pointer, "an array of path segments or a string");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String at = Json.at(pointer, i);
      if (entry.isObject()) {
        segments.add(json.text(entry.get("value"), Json.at(at, "value"), ""));
      } else {
        segments.add(json.text(entry, at, ""));
      }
    }
    return segments;
  }

  /** An array of labels joined with dots, or a string. */
  private String host(JsonNode node, String pointer) {
    if (!node.isArray()) {
      return json.text(node, pointer, "");
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      labels.add(json.text(node.get(i), Json.at(pointer, i), ""));
    }
    return String.join(".", labels);
  }

  /** Entries {@code {key, value, disabled}} where key and value may be {@code null}. */
  private List<QueryParam> query(JsonNode node, String pointer) {
    List<QueryParam> params = new ArrayList<>();
    List<JsonNode> entries = json.array(node, pointer, "an array of query parameters");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String at = Json.at(pointer, i);
      if (entry.isTextual()) {
        params.addAll(UrlParser.parseQuery(entry.textValue()));
      } else if (entry.isObject()) {
        String key = json.text(entry.get("key"), Json.at(at, "key"));
        String value = json.text(entry.get("value"), Json.at(at, "value"));
        params.add(new QueryParam(key, value, Json.flag(entry.get("disabled"))));
      } else if (!entry.isNull()) {
        throw json.mismatch(at, "a query parameter {\"key\": ..., \"value\": ...}", entry);
      }
    }
    return params;
  }

  private String rebuild(
      JsonNode node, String pointer, String host, List<String> path, List<QueryParam> query) {
    StringBuilder raw = new StringBuilder();
    String protocol = json.text(node.get("protocol"), Json.at(pointer, "protocol"));
    if (protocol != null && !protocol.isEmpty()) {
      raw.append(protocol).append("://");
    }
    raw.append(host);
    String port = json.text(node.get("port"), Json.at(pointer, "port"));
    if (port != null && !port.isEmpty()) {
      raw.append(':').append(port);
    }
    raw.append('/').append(String.join("/", path));
    List<String> pieces = new ArrayList<>();
    for (QueryParam p : query) {
      if (!p.disabled() && p.key() != null) {
        pieces.add(p.value() == null ? p.key() : p.key() + "=" + p.value());
      }
    }
    if (!pieces.isEmpty()) {
      raw.append('?').append(String.join("&", pieces));
    }
    String hash = json.text(node.get("hash"), Json.at(pointer, "hash"));
    if (hash != null && !hash.isEmpty()) {
      raw.append('#').append(hash);
    }
    return raw.toString();
  }
}
