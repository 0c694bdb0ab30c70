package io.github.postmanmock.internal.collection;

import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.model.Environment;
import java.io.IOException;

/** TEST-ONLY STAND-IN for the loader's environment reader. DELETE when the loader is merged. */
public final class EnvironmentReader {
  private EnvironmentReader() {}

  public static Environment read(String source, byte[] json) {
    try {
      var root = CollectionReader.JSON.readTree(json);
      return new Environment(
          root.path("name").asText(), source, CollectionReader.variables(root.path("values")));
    } catch (IOException e) {
      throw new InvalidCollectionException(source, "", "Invalid JSON in [" + source + "]", e);
    }
  }
}
