package io.github.postmanmock.internal.lint;

import java.util.Objects;

/**
 * One problem found in a collection that loads but cannot behave as its author likely meant.
 *
 * @param source the file (or inline name) it is in
 * @param pointer the JSON pointer of the element, or empty when the loader kept none
 * @param message what is wrong and what to do, in one sentence or two
 */
public record LintWarning(String source, String pointer, String message) {
  public LintWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** {@code [pets.json] at [/item/0/response/1]: message}. */
  @Override
  public String toString() {
    return "[" + source + "]" + (pointer.isEmpty() ? "" : " at [" + pointer + "]") + ": " + message;
  }
}
