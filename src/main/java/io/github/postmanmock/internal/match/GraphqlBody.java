package io.github.postmanmock.internal.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A GraphQL request as the engine compares it. */
final class GraphqlBody {
  private GraphqlBody() {}

  /** Whitespace-normalised query, and the variables or an empty object. */
  static ObjectNode graphql(String query, JsonNode variables) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("query", query == null ? "" : query.trim().replaceAll("\\s+", " "));
    node.set(
        "variables",
        variables == null || variables.isNull()
            ? JsonNodeFactory.instance.objectNode()
            : variables);
    return node;
  }
}
