package io.github.postmanmock.internal.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a mock resolves: collection variables shadowed by environment variables (SPEC
 * §1.6). Disabled variables are skipped; when a key appears twice the last enabled one wins.
 *
 * <p>Immutable and thread-safe.
 */
public final class Variables {
  /** The token syntax of Postman's substitutor: any characters but braces between double braces. */
  public static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}]*?)}}");

  /** How many substitution rounds nested references get, as in Postman's SDK. */
  public static final int MAX_ROUNDS = 19;

  public static final Variables EMPTY = new Variables(Map.of());

  private final Map<String, String> values;

  private Variables(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Collection variables first, then environment values, which shadow them. */
  public static Variables of(List<Variable> collection, List<Variable> environment) {
    Map<String, String> values = new HashMap<>();
    put(values, collection);
    put(values, environment);
    return new Variables(values);
  }

  private static void put(Map<String, String> values, List<Variable> variables) {
    for (Variable v : variables) {
      if (!v.disabled() && v.value() != null) {
        values.put(v.key(), v.value());
      }
    }
  }

  /** A copy with {@code more} layered on top of these variables. */
  public Variables with(Map<String, String> more) {
    Map<String, String> merged = new HashMap<>(values);
    merged.putAll(more);
    return new Variables(merged);
  }

  /** The value of {@code name}, or {@code null} when it is not defined. */
  public String get(String name) {
    return values.get(name);
  }

  public Map<String, String> asMap() {
    return values;
  }

  /**
   * Replace every {@code {{name}}} whose name is defined, repeating while values bring in new
   * references (at most {@link #MAX_ROUNDS} rounds). Undefined tokens stay as they are.
   */
  public String substitute(String text) {
    if (text == null || values.isEmpty() || text.indexOf("{{") < 0) {
      return text;
    }
    String current = text;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String next = substituteOnce(current);
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private String substituteOnce(String text) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Variables other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Variables" + values.keySet();
  }
}
