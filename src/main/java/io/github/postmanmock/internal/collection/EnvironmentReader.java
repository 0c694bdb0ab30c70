package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.model.Environment;
import java.nio.file.Path;

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
    return read(PostmanFile.Kind.ENVIRONMENT.read(file));
  }

  /** Read an environment from {@code json}; {@code sourceName} names it in errors. */
  public static Environment read(String sourceName, byte[] json) {
    return read(PostmanFile.Kind.ENVIRONMENT.parse(sourceName, json));
  }

  private static Environment read(PostmanFile file) {
    Json context = file.json();
    JsonNode root = file.root();
    if (!root.has("values") && (root.has("item") || root.has("info"))) {
      throw context.error(
          file.pointer(), "this looks like a Postman collection file, not an environment");
    }
    return new Environment(
        context.text(file.get("name"), file.at("name"), ""),
        context.source(),
        new VariableReader(context).read(file.get("values"), file.at("values")));
  }
}
