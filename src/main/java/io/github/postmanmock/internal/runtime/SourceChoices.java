package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.model.MockExample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a builder was told to serve: collection and environment documents, inline examples and
 * variables, each checked as it is given. Not thread-safe, like the builder that owns it.
 */
public final class SourceChoices {
  private final List<Source> collections = new ArrayList<>();
  private final List<Source> environments = new ArrayList<>();
  private final List<MockExample> examples = new ArrayList<>();
  private final Map<String, String> variables = new LinkedHashMap<>();

  /** Serve the collection in {@code file}. */
  public void collection(Path file) {
    collections.add(Source.of(Objects.requireNonNull(file, "file")));
  }

  /** Serve the collection found as a class-path resource, else a file, named {@code name}. */
  public void collection(String resourceOrFile) {
    collection(resourceOrFile, ResourceFiles.read(resourceOrFile, "collection"));
  }

  /** Serve the collection given as JSON; {@code name} is for messages. */
  public void collection(String name, byte[] json) {
    collections.add(document(name, json));
  }

  /** Read variables from the environment in {@code file}. */
  public void environment(Path file) {
    environments.add(Source.of(Objects.requireNonNull(file, "file")));
  }

  /** Read variables from the environment found like {@link #collection(String)}. */
  public void environment(String resourceOrFile) {
    environment(resourceOrFile, ResourceFiles.read(resourceOrFile, "environment"));
  }

  /** Read variables from the environment given as JSON; {@code name} is for messages. */
  public void environment(String name, byte[] json) {
    environments.add(document(name, json));
  }

  /** A document given as bytes, checked here for every kind. */
  static Source document(String name, byte[] json) {
    return Source.of(Objects.requireNonNull(name, "name"), Objects.requireNonNull(json, "json"));
  }

  /** Serve {@code example} after the examples of the collections. */
  public void example(MockExample example) {
    examples.add(Objects.requireNonNull(example, "example"));
  }

  /** Set variable {@code key}, shadowing collection and environment values. */
  public void variable(String key, String value) {
    variables.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
  }

  /** The name of the mock in messages: its collections, or {@code inline examples}. */
  String name() {
    return collections.isEmpty()
        ? "inline examples"
        : collections.stream().map(Source::name).collect(Collectors.joining(", "));
  }

  /** What is chosen now, as an immutable value. */
  ServerOptions.Given given() {
    return new ServerOptions.Given(
        collections, environments, examples, List.of(), List.of(), variables);
  }
}
