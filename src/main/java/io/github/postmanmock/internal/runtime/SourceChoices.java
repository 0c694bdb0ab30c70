package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.model.MockExample;
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

  /** Serve the examples of the collection {@code document}. */
  public void collection(Source document) {
    collections.add(document);
  }

  /** Read variables from the environment {@code document}; they shadow collection ones. */
  public void environment(Source document) {
    environments.add(document);
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
