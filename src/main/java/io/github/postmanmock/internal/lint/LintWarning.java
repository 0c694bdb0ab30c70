package io.github.postmanmock.internal.lint;

import java.util.Objects;

/**
 * One problem found in a collection that loads but cannot behave as its author likely meant.
 *
 * @param kind what sort of problem it is, for summaries
 * @param source the file (or inline name) it is in
 * @param pointer the JSON pointer of the element, or empty when the loader kept none
 * @param message what is wrong and what to do, in one sentence or two
 */
public record LintWarning(Kind kind, String source, String pointer, String message) {

  /** The sorts of problem the lint finds, each with how a summary names it. */
  public enum Kind {
    NO_EXAMPLES("requests without examples"),
    SHADOWED("examples matching never chooses"),
    BODY_NOT_JSON("JSON responses whose body is not JSON"),
    UNDEFINED_VARIABLES("examples using variables defined nowhere");

    private final String plural;

    Kind(String plural) {
      this.plural = plural;
    }

    /** How a summary names them: {@code requests without examples}. */
    public String plural() {
      return plural;
    }
  }

  public LintWarning {
    Objects.requireNonNull(kind, "kind");
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
