package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The top object of a Postman export, collection or environment alike. Postman's API wraps an
 * export as {@code {"collection": {...}}} or {@code {"environment": {...}}}; such a wrapper is
 * looked through unless the top object already has the field only the bare kind has ({@code item}
 * for a collection, {@code values} for an environment).
 *
 * @param json the error context of the file, which names its kind and source
 * @param root the export's own object
 * @param pointer where {@code root} is in the file: empty, or the wrapper field
 */
record PostmanFile(Json json, JsonNode root, String pointer) {

  /**
   * A kind of export.
   *
   * @param word what messages call it, and the name of the field that wraps it
   * @param ownField a field only the bare export of this kind has
   */
  record Kind(String word, String ownField) {
    static final Kind COLLECTION = new Kind("collection", "item");
    static final Kind ENVIRONMENT = new Kind("environment", "values");

    /** Read and parse {@code file}; its file name is the source named in examples and errors. */
    PostmanFile read(Path file) {
      Objects.requireNonNull(file, "file");
      String name = FileBytes.name(file);
      return parse(name, FileBytes.read(new Json(word, name), file));
    }

    /** Parse {@code bytes}, which {@code sourceName} names in examples and errors. */
    PostmanFile parse(String sourceName, byte[] bytes) {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(bytes, "json");
      Json json = new Json(word, sourceName);
      JsonNode root = JsonParsing.parse(json, bytes);
      String pointer = "";
      JsonNode wrapped = root.get(word);
      if (root.isObject() && wrapped != null && wrapped.isObject() && !root.has(ownField)) {
        root = wrapped;
        pointer = "/" + word;
      }
      json.object(root, pointer, "a JSON object (a Postman " + word + ")");
      return new PostmanFile(json, root, pointer);
    }
  }

  /** The value of {@code field} of the export's object, or {@code null}. */
  JsonNode get(String field) {
    return root.get(field);
  }

  /** The JSON pointer of {@code field} of the export's object. */
  String at(String field) {
    return Json.at(pointer, field);
  }
}
