package io.github.postmanmock.internal.model;

import java.util.Objects;

/**
 * A collection, environment or path variable. Non-string JSON values (numbers, booleans) are kept
 * as their text; a {@code null} value means the variable has no value.
 */
public record Variable(String key, String value, boolean disabled) {
  public Variable {
    Objects.requireNonNull(key, "key");
  }

  public static Variable of(String key, String value) {
    return new Variable(key, value, false);
  }
}
