package io.github.postmanmock.internal.match;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.JsonTrees;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Variables;
import java.util.ArrayList;
import java.util.List;

/**
 * An example request body with variables resolved and every comparable form computed once.
 *
 * @param mode the body mode
 * @param language {@code options.raw.language}, or {@code null}
 * @param text the raw text (RAW, FILE), the form fields joined as {@code k=v&...} (URLENCODED), or
 *     empty
 * @param json the tree of {@code text} when it is valid JSON, or {@code null}
 * @param fields sorted {@code key=value} fields: urlencoded pairs, or multipart text fields
 * @param graphql the GraphQL request {@code {query, variables}} (mode GRAPHQL) or {@code null}
 * @param empty true when the example saved no body
 */
record PreparedBody(
    BodyMode mode,
    String language,
    String text,
    JsonNode json,
    List<String> fields,
    JsonNode graphql,
    boolean empty) {

  static PreparedBody of(RequestBody body, Variables variables) {
    String text = "";
    List<String> fields = List.of();
    JsonNode graphql = null;
    switch (body.mode()) {
      case RAW, FILE -> text = variables.substitute(body.raw());
      case URLENCODED, FORMDATA -> {
        List<String> pairs = new ArrayList<>();
        for (FormParam p : body.params()) {
          if (!p.disabled() && !p.isFile()) {
            pairs.add(variables.substitute(p.key()) + "=" + variables.substitute(p.value()));
          }
        }
        if (body.mode() == BodyMode.URLENCODED) {
          text = String.join("&", pairs);
        }
        fields = sorted(pairs);
      }
      case GRAPHQL ->
          graphql =
              GraphqlBody.graphql(
                  variables.substitute(body.graphqlQuery()),
                  JsonTrees.parse(variables.substitute(body.graphqlVariables())));
      case NONE -> {
        // nothing to prepare
      }
    }
    return new PreparedBody(
        body.mode(), body.language(), text, JsonTrees.parse(text), fields, graphql, body.isEmpty());
  }

  static List<String> sorted(List<String> pairs) {
    List<String> copy = new ArrayList<>(pairs);
    copy.sort(null);
    return List.copyOf(copy);
  }
}
