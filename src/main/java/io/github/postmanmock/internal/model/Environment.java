package io.github.postmanmock.internal.model;

import java.util.List;
import java.util.Objects;

/** A loaded Postman environment; {@code enabled: false} rows are kept as disabled variables. */
public record Environment(String name, String source, List<Variable> values) {
  public static final Environment NONE = new Environment("", "", List.of());

  public Environment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    values = List.copyOf(values);
  }
}
