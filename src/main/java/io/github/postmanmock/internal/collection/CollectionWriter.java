package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.JsonMappers;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.Variable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes examples and collection variables as a Postman collection v2.1 file (the inverse of {@link
 * CollectionReader}): reading the bytes back gives examples the matching engine cannot tell from
 * the originals.
 *
 * <p>Folders come from each example's {@code itemPath} (folders, then the request name); an example
 * without one gets an item named after its method and URL. Consecutive examples of the same item
 * share it, so the file order, and with it every tie-break, is kept. An item's request is its first
 * example's, with a {@code {{baseUrl}}} host added when the example has none.
 */
public final class CollectionWriter {
  static final String SCHEMA =
      "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String BASE_URL = "{{baseUrl}}";

  private CollectionWriter() {}

  /** The collection {@code name} holding {@code examples} in order and {@code variables}. */
  public static byte[] write(String name, List<MockExample> examples, List<Variable> variables) {
    Objects.requireNonNull(name, "name");
    ObjectNode root = NODES.objectNode();
    ObjectNode info = root.putObject("info");
    info.put("name", name);
    info.put("schema", SCHEMA);
    ArrayNode items = root.putArray("item");
    for (MockExample e : examples) {
      add(items, location(e), 0, e);
    }
    if (!variables.isEmpty()) {
      ArrayNode vars = root.putArray("variable");
      variables.forEach(v -> vars.add(RequestWriter.variable(v)));
    }
    try {
      return JsonMappers.pretty().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a JSON tree could not be written", impossible);
    }
  }

  /** Folder names, then the request name. */
  private static List<String> location(MockExample e) {
    if (!e.itemPath().isEmpty()) {
      return e.itemPath();
    }
    ExampleRequest r = e.request();
    return List.of(r.method() + " " + r.url().raw());
  }

  /** Put {@code e} under {@code items}, reusing the last entry when it is the same folder/item. */
  private static void add(ArrayNode items, List<String> location, int depth, MockExample e) {
    String name = location.get(depth);
    boolean request = depth == location.size() - 1;
    ObjectNode last = items.isEmpty() ? null : (ObjectNode) items.get(items.size() - 1);
    boolean reuse =
        last != null
            && name.equals(last.path("name").textValue())
            && (request ? last.has("request") && sameRequest(last, e) : last.has("item"));
    ObjectNode entry = reuse ? last : items.addObject().put("name", name);
    if (!request) {
      add(
          entry.has("item") ? (ArrayNode) entry.get("item") : entry.putArray("item"),
          location,
          depth + 1,
          e);
      return;
    }
    if (!reuse) {
      entry.set("request", itemRequest(e.request()));
      entry.putArray("response");
    }
    ((ArrayNode) entry.get("response")).add(ResponseWriter.response(e));
  }

  private static boolean sameRequest(ObjectNode item, MockExample e) {
    return item.get("request").equals(itemRequest(e.request()));
  }

  /**
   * The request Postman and Newman send for the item: the example's, with {@code {{baseUrl}}} as
   * host when the example has none, so {@code newman run --env-var baseUrl=...} can call a mock.
   * The loader reads examples from {@code originalRequest}, which stays exactly as it was.
   */
  private static ObjectNode itemRequest(ExampleRequest request) {
    Url url = request.url();
    if (!url.host().isEmpty() || !url.raw().startsWith("/")) {
      return RequestWriter.request(request);
    }
    Url withHost =
        new Url(BASE_URL + url.raw(), BASE_URL, url.path(), url.query(), url.variables());
    return RequestWriter.request(
        new ExampleRequest(request.method(), withHost, request.headers(), request.body()));
  }
}
