package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.ExampleResponse;

/** Writes one saved example: id, name, {@code originalRequest} and the response fields. */
final class ResponseWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResponseWriter() {}

  static ObjectNode response(Example e) {
    ExampleResponse r = e.response();
    ObjectNode node = NODES.objectNode();
    if (e.id() != null) {
      node.put("id", e.id());
    }
    node.put("name", e.name());
    node.set("originalRequest", RequestWriter.request(e.request()));
    if (r.status() != null) {
      node.put("status", r.status());
    }
    if (r.code() != null) {
      node.put("code", r.code());
    }
    if (r.previewLanguage() != null) {
      node.put("_postman_previewlanguage", r.previewLanguage());
    }
    node.set("header", RequestWriter.headers(r.headers()));
    node.putArray("cookie");
    if (r.body() != null) {
      node.put("body", r.body());
    }
    return node;
  }
}
