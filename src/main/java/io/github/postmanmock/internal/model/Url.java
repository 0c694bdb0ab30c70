package io.github.postmanmock.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * The URL of an example request, as saved: variables are not substituted yet.
 *
 * @param raw the URL as one string (rebuilt from the parts when the file had no {@code raw})
 * @param host the host part as text ({@code "{{baseUrl}}"}, {@code "api.example.com"}, or empty)
 * @param path the path segments after the host; an empty list is the root path {@code /}, and a
 *     path {@code "/"} is one empty segment
 * @param query the query parameters in order, disabled ones included
 * @param variables the path variables ({@code url.variable}) that give {@code :name} segments a
 *     value
 */
public record Url(
    String raw, String host, List<String> path, List<QueryParam> query, List<Variable> variables) {

  public static final Url ROOT = new Url("/", "", List.of(), List.of(), List.of());

  public Url {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(host, "host");
    path = List.copyOf(path);
    query = List.copyOf(query);
    variables = List.copyOf(variables);
  }

  /** The unsubstituted path as text, always starting with {@code /}. */
  public String pathText() {
    return "/" + String.join("/", path);
  }

  /** The value of the path variable {@code name}, or {@code null} when it has none. */
  public String pathVariable(String name) {
    String found = null;
    for (Variable v : variables) {
      if (!v.disabled() && v.key().equals(name)) {
        found = v.value();
      }
    }
    return found;
  }
}
