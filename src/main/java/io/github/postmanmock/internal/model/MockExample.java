package io.github.postmanmock.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * One saved example: a request and the response the mock sends for it.
 *
 * @param id the example id from the file, or {@code null} when it has none
 * @param name the example name
 * @param itemPath the names of the enclosing folders and of the request, outermost first
 * @param source where the example comes from: a file name, or {@code "inline"}
 * @param pointer the JSON pointer of the example in its file, or empty for inline examples
 * @param order the position of the example among all examples of the mock (file order)
 */
public record MockExample(
    String id,
    String name,
    List<String> itemPath,
    String source,
    String pointer,
    int order,
    ExampleRequest request,
    ExampleResponse response) {

  public MockExample {
    Objects.requireNonNull(name, "name");
    itemPath = List.copyOf(itemPath);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
  }

  /** The place of the example in its collection: {@code "Pets/Get pet/Rex"}. */
  public String location() {
    return itemPath.isEmpty() ? name : String.join("/", itemPath) + "/" + name;
  }

  /** A copy of this example at another position. */
  public MockExample withOrder(int newOrder) {
    return new MockExample(id, name, itemPath, source, pointer, newOrder, request, response);
  }

  @Override
  public String toString() {
    return request.method()
        + " "
        + request.url().pathText()
        + " -> "
        + response.statusCode()
        + " (example \""
        + location()
        + "\")";
  }
}
