package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Utf8;

/** Writes one saved example: id, name, {@code originalRequest} and the response fields. */
final class ResponseWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResponseWriter() {}

  static ObjectNode response(MockExample e) {
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
    String body = r.hasBinaryBody() ? text(e) : r.body();
    if (body != null) {
      node.put("body", body);
    }
    return node;
  }

  /**
   * The binary body of an inline example as text: a collection holds only text bodies.
   *
   * @throws IllegalArgumentException when the bytes are not UTF-8 text
   */
  private static String text(MockExample e) {
    byte[] bytes = e.response().binaryBody();
    String text = Utf8.decodeOrNull(bytes);
    if (text == null) {
      throw new IllegalArgumentException(
          "example ["
              + e.name()
              + "] has a binary body of ["
              + bytes.length
              + "] bytes that is not UTF-8 text; a Postman collection holds only text bodies."
              + " Give the body with text(...) or json(...) to export it");
    }
    return text;
  }
}
