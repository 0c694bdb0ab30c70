package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.InvalidCollectionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes recorded exchanges into a Postman v2.1 collection file: a new file, or new examples added
 * to an existing collection whose JSON tree is otherwise kept as it is (nothing is removed or
 * rewritten; the indentation becomes two spaces).
 *
 * <p>Each exchange becomes an example under a request item named after its method and path, in a
 * folder named after the first path segment. An exchange whose method, URL, request body, status
 * and response body equal an example already in the file is not added again.
 *
 * <p>The file is written to a temporary file next to it and moved into place atomically, so a
 * reader never sees it half-written.
 */
public final class RecordingWriter {
  static final String SCHEMA =
      "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private RecordingWriter() {}

  /**
   * Add {@code exchanges} to the collection in {@code file} (created when missing) and return how
   * many examples were added; the file is not touched when that is none.
   *
   * @param baseUrl the value of the {@code baseUrl} collection variable the URLs use, added when
   *     the collection has no such variable
   * @param idVariables whether ID-like path segments become {@code {{id}}} variables
   * @throws InvalidCollectionException if the existing file is not a JSON object
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static int write(
      Path file, String baseUrl, List<RecordedExchange> exchanges, boolean idVariables) {
    ObjectNode root = Files.exists(file) ? read(file) : fresh(file);
    Set<String> known = new HashSet<>();
    collectIdentities(root, known);
    int added = 0;
    for (RecordedExchange exchange : exchanges) {
      ExchangeJson json = new ExchangeJson(exchange, idVariables);
      ObjectNode example = json.example();
      if (known.add(ExchangeJson.identity(example))) {
        responses(root, json).add(example);
        added++;
      }
    }
    if (added > 0) {
      ensureBaseUrl(root, baseUrl);
      writeAtomically(file, root);
    }
    return added;
  }

  private static ObjectNode read(Path file) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the collection [" + file + "]", e);
    }
    if (!(tree instanceof ObjectNode root)) {
      throw new InvalidCollectionException(
          file.toString(),
          "",
          "The recording target ["
              + file
              + "] is not a Postman collection (its top level is not a JSON object)."
              + " Record into a new file or fix this one");
    }
    return root;
  }

  private static ObjectNode fresh(Path file) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode info = root.putObject("info");
    info.put("_postman_id", UUID.randomUUID().toString());
    info.put("name", collectionName(file));
    info.put("schema", SCHEMA);
    root.putArray("item");
    return root;
  }

  static String collectionName(Path file) {
    String name = String.valueOf(file.getFileName());
    for (String suffix : List.of(".postman_collection.json", ".json")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static void collectIdentities(JsonNode node, Set<String> known) {
    for (JsonNode response : node.path("response")) {
      known.add(ExchangeJson.identity(response));
    }
    for (JsonNode child : node.path("item")) {
      collectIdentities(child, known);
    }
  }

  /** The {@code response} array of the exchange's request item, created when missing. */
  private static ArrayNode responses(ObjectNode root, ExchangeJson json) {
    ArrayNode items = array(root, "item");
    if (!json.folder().isEmpty()) {
      ObjectNode folder = find(items, json.folder(), "item", null);
      if (folder == null) {
        folder = items.addObject().put("name", json.folder());
        folder.putArray("item");
      }
      items = array(folder, "item");
    }
    ObjectNode item = find(items, json.requestName(), "request", json);
    if (item == null) {
      item = items.addObject().put("name", json.requestName());
      item.set("request", json.request());
      item.putArray("response");
    }
    return array(item, "response");
  }

  private static ObjectNode find(ArrayNode items, String name, String field, ExchangeJson json) {
    for (JsonNode candidate : items) {
      if (candidate instanceof ObjectNode o
          && name.equals(o.path("name").textValue())
          && o.has(field)
          && (json == null || o.get("request").isObject())) {
        return o;
      }
    }
    return null;
  }

  private static ArrayNode array(ObjectNode node, String field) {
    JsonNode existing = node.get(field);
    if (existing instanceof ArrayNode a) {
      return a;
    }
    if (existing != null) {
      throw new InvalidCollectionException(
          "recording",
          "",
          "Cannot add recorded examples: field ["
              + field
              + "] of ["
              + node.path("name").asText("the collection")
              + "] is not an array. Fix the collection or record into a new file");
    }
    return node.putArray(field);
  }

  private static void ensureBaseUrl(ObjectNode root, String baseUrl) {
    ArrayNode variables = array(root, "variable");
    for (JsonNode v : variables) {
      if ("baseUrl".equals(v.path("key").textValue())) {
        return;
      }
    }
    variables.addObject().put("key", "baseUrl").put("value", baseUrl).put("type", "string");
  }

  /**
   * Delete the temporary files a save of {@code file} left behind when its process was killed
   * between writing and moving ({@code orders.json.123.tmp}); a live save's own file is gone by the
   * time this could see it, since one recording writes at a time.
   */
  public static void removeLeftovers(Path file) {
    Path target = file.toAbsolutePath();
    String prefix = target.getFileName() + ".";
    if (!Files.isDirectory(target.getParent())) {
      return;
    }
    try (var siblings = Files.newDirectoryStream(target.getParent(), prefix + "*.tmp")) {
      for (Path leftover : siblings) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException e) {
      // a leftover that cannot be deleted is only clutter; the save itself does not need it gone
    }
  }

  private static void writeAtomically(Path file, ObjectNode root) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
      try {
        Files.write(temp, MAPPER.writeValueAsBytes(root));
        move(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the recorded collection [" + target + "]", e);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
