package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.Variable;
import java.util.List;

/** Writes a request, its URL object, headers and body in the v2.1 shapes the loader reads. */
final class RequestWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RequestWriter() {}

  static ObjectNode request(ExampleRequest r) {
    ObjectNode node = NODES.objectNode();
    node.put("method", r.method());
    node.set("header", headers(r.headers()));
    if (r.body().mode() != io.github.postmanmock.internal.model.BodyMode.NONE) {
      node.set("body", body(r.body()));
    }
    node.set("url", url(r.url()));
    return node;
  }

  /** A URL object whose {@code path}, {@code host} and {@code query} win over {@code raw}. */
  static ObjectNode url(Url url) {
    ObjectNode node = NODES.objectNode();
    node.put("raw", url.raw());
    if (!url.host().isEmpty()) {
      node.putArray("host").add(url.host());
    }
    ArrayNode path = node.putArray("path");
    url.path().forEach(path::add);
    if (!url.query().isEmpty()) {
      ArrayNode query = node.putArray("query");
      for (QueryParam q : url.query()) {
        ObjectNode p = query.addObject().put("key", q.key()).put("value", q.value());
        disabled(p, q.disabled());
      }
    }
    if (!url.variables().isEmpty()) {
      ArrayNode vars = node.putArray("variable");
      url.variables().forEach(v -> vars.add(variable(v)));
    }
    return node;
  }

  static ArrayNode headers(List<Header> headers) {
    ArrayNode array = NODES.arrayNode();
    for (Header h : headers) {
      disabled(array.addObject().put("key", h.key()).put("value", h.value()), h.disabled());
    }
    return array;
  }

  static ObjectNode variable(Variable v) {
    ObjectNode node = NODES.objectNode().put("key", v.key()).put("value", v.value());
    return disabled(node, v.disabled());
  }

  private static ObjectNode body(RequestBody b) {
    ObjectNode node = NODES.objectNode();
    switch (b.mode()) {
      case RAW -> {
        node.put("mode", "raw").put("raw", b.raw());
        if (b.language() != null) {
          node.putObject("options").putObject("raw").put("language", b.language());
        }
      }
      case URLENCODED -> fields(node.put("mode", "urlencoded").putArray("urlencoded"), b);
      case FORMDATA -> fields(node.put("mode", "formdata").putArray("formdata"), b);
      case FILE -> node.put("mode", "file").putObject("file").put("src", b.raw());
      case GRAPHQL ->
          node.put("mode", "graphql")
              .putObject("graphql")
              .put("query", b.graphqlQuery())
              .put("variables", b.graphqlVariables());
      case NONE -> throw new IllegalArgumentException("a request without a body has no body node");
    }
    return node;
  }

  private static void fields(ArrayNode array, RequestBody b) {
    for (FormParam p : b.params()) {
      ObjectNode field = array.addObject().put("key", p.key());
      if (p.isFile()) {
        field.put("type", "file").put("src", p.value());
      } else {
        field.put("value", p.value()).put("type", p.type());
      }
      disabled(field, p.disabled());
    }
  }

  private static ObjectNode disabled(ObjectNode node, boolean disabled) {
    return disabled ? node.put("disabled", true) : node;
  }
}
