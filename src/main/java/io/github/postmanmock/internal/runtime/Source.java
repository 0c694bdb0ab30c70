package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.collection.CollectionReader;
import io.github.postmanmock.internal.collection.EnvironmentReader;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named collection or environment document: a file read when the server starts (and again on
 * reload), or JSON given as bytes. The one place the public API reaches the collection loader.
 *
 * @param name the name used in messages: the file path, or the name given with the bytes
 * @param file the file, or {@code null} when {@code json} is given
 * @param json the document, or {@code null} when {@code file} is given
 */
public record Source(String name, Path file, byte[] json) {

  /** A document read from {@code file}. */
  public static Source of(Path file) {
    return new Source(Objects.requireNonNull(file, "file").toString(), file, null);
  }

  /** A document given as bytes, copied now; {@code name} is for messages. */
  public static Source of(String name, byte[] json) {
    Objects.requireNonNull(name, "name");
    return new Source(name, null, Objects.requireNonNull(json, "json").clone());
  }

  /**
   * A {@code kind} of document ({@code collection}, {@code environment}) found as the JUnit
   * annotation finds it: a resource on the class path, else a file; read now.
   *
   * @throws IllegalArgumentException if it is neither, naming every place looked at
   */
  public static Source find(String resourceOrFile, String kind) {
    return of(resourceOrFile, ResourceFiles.read(resourceOrFile, kind));
  }

  /** Read as a Postman collection. */
  public Collection collection() {
    return file != null ? CollectionReader.read(file) : CollectionReader.read(name, json);
  }

  /** Read as a Postman environment. */
  public Environment environment() {
    return file != null ? EnvironmentReader.read(file) : EnvironmentReader.read(name, json);
  }
}
