package io.github.postmanmock;

import io.github.postmanmock.internal.collection.CollectionReader;
import io.github.postmanmock.internal.collection.EnvironmentReader;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import java.nio.file.Path;

/**
 * The one place that calls the collection loader, so that the public API does not care how files
 * become examples.
 */
final class CollectionFiles {
  private CollectionFiles() {}

  static Collection readCollection(Path file) {
    return CollectionReader.read(file);
  }

  static Environment readEnvironment(Path file) {
    return EnvironmentReader.read(file);
  }

  static Collection readCollection(String source, byte[] json) {
    return CollectionReader.read(source, json);
  }

  static Environment readEnvironment(String source, byte[] json) {
    return EnvironmentReader.read(source, json);
  }
}
