package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.BareRequest;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.model.Variables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a mock's engine is built from: the examples in order, the variable layers (collection,
 * environment, values set directly), the matching options and the requests without examples (for
 * diagnostics). Immutable; each live edit makes a copy and builds a new engine from it.
 */
public record MockContent(
    List<MockExample> examples,
    List<Variable> collectionVariables,
    List<Variable> environmentValues,
    Map<String, String> variables,
    MatchOptions options,
    List<BareRequest> bareRequests) {

  public MockContent {
    bareRequests = List.copyOf(bareRequests);
    examples = List.copyOf(examples);
    collectionVariables = List.copyOf(collectionVariables);
    environmentValues = List.copyOf(environmentValues);
    variables = Map.copyOf(variables);
  }

  /** Build the engine: examples numbered in order, variables layered, options applied. */
  public MatchEngine engine() {
    List<MockExample> ordered = new ArrayList<>(examples.size());
    for (MockExample e : examples) {
      ordered.add(e.withOrder(ordered.size()));
    }
    Variables all = Variables.of(collectionVariables, environmentValues).with(variables);
    return MatchEngine.of(ordered, bareRequests, all, options);
  }

  /** A copy whose environment values are those of {@code environment} alone. */
  public MockContent withEnvironment(Environment environment) {
    return new MockContent(
        examples, collectionVariables, environment.values(), variables, options, bareRequests);
  }

  /** A copy with variable {@code key} set to {@code value} above every other layer. */
  public MockContent withVariable(String key, String value) {
    Map<String, String> next = new LinkedHashMap<>(variables);
    next.put(key, value);
    return new MockContent(
        examples, collectionVariables, environmentValues, next, options, bareRequests);
  }

  /** A copy without the directly set value of {@code key}. */
  public MockContent withoutVariable(String key) {
    Map<String, String> next = new LinkedHashMap<>(variables);
    next.remove(key);
    return new MockContent(
        examples, collectionVariables, environmentValues, next, options, bareRequests);
  }

  /** A copy that also serves the examples, and knows the variables, of {@code collection}. */
  public MockContent plus(Collection collection) {
    List<MockExample> moreExamples = new ArrayList<>(examples);
    moreExamples.addAll(collection.examples());
    List<Variable> moreVariables = new ArrayList<>(collectionVariables);
    moreVariables.addAll(collection.variables());
    List<BareRequest> moreBare = new ArrayList<>(bareRequests);
    moreBare.addAll(collection.requestsWithoutExamples());
    return new MockContent(
        moreExamples, moreVariables, environmentValues, variables, options, moreBare);
  }

  /** A copy that also serves {@code more}, after the examples it has. */
  public MockContent plusExamples(List<MockExample> more) {
    List<MockExample> next = new ArrayList<>(examples);
    next.addAll(more);
    return new MockContent(
        next, collectionVariables, environmentValues, variables, options, bareRequests);
  }

  /**
   * A copy without every example whose id or name is {@code nameOrId}.
   *
   * @throws IllegalArgumentException if no example has that id or name
   */
  public MockContent withoutExample(String nameOrId) {
    List<MockExample> kept = new ArrayList<>();
    for (MockExample e : examples) {
      if (!nameOrId.equals(e.id()) && !nameOrId.equals(e.name())) {
        kept.add(e);
      }
    }
    if (kept.size() == examples.size()) {
      Set<String> names = new LinkedHashSet<>();
      examples.forEach(e -> names.add(e.name()));
      throw new IllegalArgumentException(
          "No example is named or has the id [\""
              + nameOrId
              + "\"]; the mock has the examples "
              + names);
    }
    return new MockContent(
        kept, collectionVariables, environmentValues, variables, options, bareRequests);
  }
}
