package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.model.BareRequest;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.MockExample;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the {@code item} tree depth-first in file order (SPEC §1.2) and turns every entry of a
 * {@code response} array into an {@link MockExample}. An entry with an {@code item} field is a
 * folder, any other entry a request, as in Postman's SDK.
 */
final class ItemTree {
  private final Json json;
  private final RequestParser requests;
  private final ResponseReader responses;
  private final List<MockExample> examples = new ArrayList<>();
  private final List<BareRequest> requestsWithoutExamples = new ArrayList<>();

  ItemTree(Json json) {
    this.json = json;
    this.requests = new RequestParser(json);
    this.responses = new ResponseReader(json);
  }

  List<MockExample> examples() {
    return examples;
  }

  List<BareRequest> requestsWithoutExamples() {
    return requestsWithoutExamples;
  }

  /** Read the items of {@code items} (an array at {@code pointer}) inside folders {@code path}. */
  void walk(JsonNode items, String pointer, List<String> path) {
    List<JsonNode> entries = json.array(items, pointer, "an array of items");
    for (int i = 0; i < entries.size(); i++) {
      String at = Json.at(pointer, i);
      JsonNode entry = json.object(entries.get(i), at, "an item or folder object");
      List<String> here = new ArrayList<>(path);
      here.add(json.text(entry.get("name"), Json.at(at, "name"), ""));
      JsonNode children = entry.get("item");
      if (Json.absent(children)) {
        readRequest(entry, at, here);
      } else {
        walk(children, Json.at(at, "item"), here);
      }
    }
  }

  private void readRequest(JsonNode item, String pointer, List<String> path) {
    String at = Json.at(pointer, "response");
    List<JsonNode> saved = json.array(item.get("response"), at, "an array of saved examples");
    if (saved.isEmpty()) {
      bare(item, pointer, String.join("/", path));
      return;
    }
    ExampleRequest parent = null;
    for (int i = 0; i < saved.size(); i++) {
      String here = Json.at(at, i);
      JsonNode response = json.object(saved.get(i), here, "a saved example object");
      JsonNode original = response.get("originalRequest");
      ExampleRequest request;
      if (Json.absent(original)) {
        if (parent == null) {
          parent = requests.parse(item.get("request"), Json.at(pointer, "request"));
        }
        request = parent;
      } else {
        request = requests.parse(original, Json.at(here, "originalRequest"));
      }
      examples.add(
          new MockExample(
              json.text(response.get("id"), Json.at(here, "id")),
              json.text(response.get("name"), Json.at(here, "name"), "Example " + (i + 1)),
              path,
              json.source(),
              here,
              examples.size(),
              request,
              responses.read(response, here)));
    }
  }

  /**
   * Keep a request without examples for diagnostics; one whose request cannot be read is kept as a
   * GET of the root, since it never served anything.
   */
  private void bare(JsonNode item, String pointer, String location) {
    ExampleRequest request;
    try {
      request = requests.parse(item.get("request"), Json.at(pointer, "request"));
    } catch (InvalidCollectionException e) {
      request = RequestParser.rootGet();
    }
    requestsWithoutExamples.add(new BareRequest(location, request));
  }
}
