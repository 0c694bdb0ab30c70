package io.github.postmanmock;

import io.github.postmanmock.internal.collection.CollectionWriter;
import io.github.postmanmock.internal.inline.Checks;
import io.github.postmanmock.internal.inline.Urls;
import io.github.postmanmock.internal.runtime.LoadedContent;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Starts inline examples: {@code Examples.get("/pets/{{id}}").respond(200).json("{\"id\":
 * {{id}}}")}.
 *
 * <p>A path must start with {@code /}; it may hold a query ({@code /pets?limit=2}), {@code
 * {{variables}}} (which match any one segment while they have no value) and {@code :name} segments.
 * It is read by the same parser as the URLs of a collection, so the same matching rules apply. See
 * {@code docs/inline-examples.md}.
 *
 * <p>All methods are static and thread-safe.
 *
 * @since 0.1
 */
public final class Examples {
  private Examples() {}

  /** An example for {@code GET path}. */
  public static ExampleBuilder get(String path) {
    return new ExampleBuilder("GET", Urls.path(path));
  }

  /** An example for {@code POST path}. */
  public static ExampleBuilder post(String path) {
    return new ExampleBuilder("POST", Urls.path(path));
  }

  /** An example for {@code PUT path}. */
  public static ExampleBuilder put(String path) {
    return new ExampleBuilder("PUT", Urls.path(path));
  }

  /** An example for {@code PATCH path}. */
  public static ExampleBuilder patch(String path) {
    return new ExampleBuilder("PATCH", Urls.path(path));
  }

  /** An example for {@code DELETE path}. */
  public static ExampleBuilder delete(String path) {
    return new ExampleBuilder("DELETE", Urls.path(path));
  }

  /** An example for {@code HEAD path}. */
  public static ExampleBuilder head(String path) {
    return new ExampleBuilder("HEAD", Urls.path(path));
  }

  /** An example for {@code OPTIONS path}. */
  public static ExampleBuilder options(String path) {
    return new ExampleBuilder("OPTIONS", Urls.path(path));
  }

  /**
   * An example for any method (upper-cased, custom ones such as {@code PURGE} included) and a path,
   * or a full URL such as {@code {{baseUrl}}/pets} or {@code https://api.example.com/pets} whose
   * host is ignored when matching, as in a collection.
   */
  public static ExampleBuilder request(String method, String url) {
    return new ExampleBuilder(Checks.method(method), Urls.url(url));
  }

  /**
   * Write {@code examples} as a Postman collection v2.1 file that the Postman app and Newman open
   * and that {@code @PostmanMock} loads back with the same matching decisions.
   *
   * <p>Each example becomes a request item named after its method and URL; consecutive examples for
   * the same method and URL share one item. Delays are not written (a collection has no place for
   * them).
   *
   * @param file the file to create or replace
   * @param name the collection name shown in Postman
   * @throws IllegalArgumentException when an example has a binary body that is not UTF-8 text
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void writeCollection(Path file, String name, List<Example> examples) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    List<io.github.postmanmock.internal.model.MockExample> models = new ArrayList<>();
    for (Example e : Objects.requireNonNull(examples, "examples")) {
      models.add(Objects.requireNonNull(e, "example").model());
    }
    LoadedContent.write(file, CollectionWriter.write(name, models, List.of()));
  }
}
