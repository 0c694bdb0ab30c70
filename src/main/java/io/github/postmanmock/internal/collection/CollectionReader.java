package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.model.Collection;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a Postman collection v2.0 or v2.1 file, bare or wrapped as {@code {"collection": {...}}},
 * into a {@link Collection} (SPEC §1). Every problem, I/O included, is reported as an {@link
 * InvalidCollectionException} that names the file and the JSON pointer.
 */
public final class CollectionReader {
  private CollectionReader() {}

  /** Read the collection file {@code file}; its file name is the source of every example. */
  public static Collection read(Path file) {
    return read(PostmanFile.Kind.COLLECTION.read(file));
  }

  /** Read a collection from {@code json}; {@code sourceName} names it in examples and errors. */
  public static Collection read(String sourceName, byte[] json) {
    return read(PostmanFile.Kind.COLLECTION.parse(sourceName, json));
  }

  private static Collection read(PostmanFile file) {
    Json context = file.json();
    rejectOtherFormats(context, file.root(), file.pointer());
    String name = name(context, file.get("info"), file.at("info"));
    ItemTree tree = new ItemTree(context);
    tree.walk(file.get("item"), file.at("item"), List.of());
    return new Collection(
        name,
        context.source(),
        tree.examples(),
        new VariableReader(context).read(file.get("variable"), file.at("variable")),
        tree.requestsWithoutExamples());
  }

  private static void rejectOtherFormats(Json json, JsonNode root, String pointer) {
    if (root.has("item")) {
      return;
    }
    if (root.has("requests") || root.has("folders") || root.has("order")) {
      throw json.error(
          pointer,
          "this is a Postman collection v1 file, which is not supported;"
              + " export the collection from Postman as Collection v2.1");
    }
    if (root.has("values")) {
      throw json.error(pointer, "this looks like a Postman environment file, not a collection");
    }
    throw new InvalidCollectionException(
        json.source(),
        Json.at(pointer, "item"),
        json.prefix(pointer)
            + ": no [item] array found; export the collection from Postman as Collection v2.1");
  }

  /** {@code info.name}; a collection without {@code info} is accepted with an empty name. */
  private static String name(Json json, JsonNode info, String pointer) {
    if (Json.absent(info)) {
      return "";
    }
    json.object(info, pointer, "an object with the collection name and schema");
    return json.text(info.get("name"), Json.at(pointer, "name"), "");
  }
}
