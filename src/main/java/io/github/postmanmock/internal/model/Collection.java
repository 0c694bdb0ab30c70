package io.github.postmanmock.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * A loaded Postman collection: its examples in file order and its collection variables.
 *
 * @param requestsWithoutExamples the requests that have no saved example and so can never be
 *     served, in file order
 */
public record Collection(
    String name,
    String source,
    List<MockExample> examples,
    List<Variable> variables,
    List<BareRequest> requestsWithoutExamples) {
  public Collection {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    examples = List.copyOf(examples);
    variables = List.copyOf(variables);
    requestsWithoutExamples = List.copyOf(requestsWithoutExamples);
  }
}
