package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.model.Environment;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a Postman environment file, bare or wrapped as {@code {"environment": {...}}}, into an
 * {@link Environment} (SPEC §1.7). Rows with {@code enabled: false} or {@code disabled: true} are
 * kept as disabled variables; numbers and booleans become text. Every problem is reported as an
 * {@link InvalidCollectionException}.
 */
public final class EnvironmentReader {
  private EnvironmentReader() {}

  /** Read the environment file {@code file}. */
  public static Environment read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = FileBytes.name(file);
    return read(name, FileBytes.read(new Json("environment", name), file));
  }

  /** Read an environment from {@code json}; {@code sourceName} names it in errors. */
  public static Environment read(String sourceName, byte[] json) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(json, "json");
    Json context = new Json("environment", sourceName);
    JsonNode root = JsonParsing.parse(context, json);
    String pointer = "";
    JsonNode wrapped = root.get("environment");
    if (root.isObject() && wrapped != null && wrapped.isObject() && !root.has("values")) {
      root = wrapped;
      pointer = "/environment";
    }
    context.object(root, pointer, "a JSON object (a Postman environment)");
    if (!root.has("values") && (root.has("item") || root.has("info"))) {
      throw context.error(pointer, "this looks like a Postman collection file, not an environment");
    }
    return new Environment(
        context.text(root.get("name"), Json.at(pointer, "name"), ""),
        sourceName,
        new VariableReader(context).read(root.get("values"), Json.at(pointer, "values")));
  }
}
