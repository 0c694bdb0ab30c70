package io.github.postmanmock.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * The body of an example request. Only the fields that belong to {@link #mode()} are meaningful;
 * the others are empty. {@code language} is {@code options.raw.language} ({@code json}, {@code
 * xml}, ...) or {@code null}.
 *
 * @param raw the raw text (mode RAW) or the file source (mode FILE)
 * @param graphqlQuery the GraphQL query (mode GRAPHQL)
 * @param graphqlVariables the GraphQL variables as JSON text, possibly empty (mode GRAPHQL)
 */
public record RequestBody(
    BodyMode mode,
    String raw,
    List<FormParam> params,
    String graphqlQuery,
    String graphqlVariables,
    String language) {

  public static final RequestBody NONE =
      new RequestBody(BodyMode.NONE, "", List.of(), "", "", null);

  public RequestBody {
    Objects.requireNonNull(mode, "mode");
    raw = raw == null ? "" : raw;
    params = List.copyOf(params);
    graphqlQuery = graphqlQuery == null ? "" : graphqlQuery;
    graphqlVariables = graphqlVariables == null ? "" : graphqlVariables;
  }

  public static RequestBody raw(String text, String language) {
    return new RequestBody(BodyMode.RAW, text, List.of(), "", "", language);
  }

  public static RequestBody form(BodyMode mode, List<FormParam> params) {
    return new RequestBody(mode, "", params, "", "", null);
  }

  public static RequestBody graphql(String query, String variables) {
    return new RequestBody(BodyMode.GRAPHQL, "", List.of(), query, variables, null);
  }

  /** True when the example saved no body, or an empty one. */
  public boolean isEmpty() {
    return switch (mode) {
      case NONE -> true;
      case RAW, FILE -> raw.isEmpty();
      case URLENCODED, FORMDATA -> params.stream().allMatch(FormParam::disabled);
      case GRAPHQL -> graphqlQuery.isEmpty();
    };
  }
}
