package io.github.postmanmock.internal.match;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.JsonTrees;

/**
 * Step 6: does a call body equal an example body? The call's media type decides how to compare;
 * when the call has none, the example's body mode or raw language does (SPEC §2.8, §2.13 item 7).
 */
final class BodyMatcher {
  /** How two bodies are compared. */
  enum Kind {
    JSON,
    FORM,
    MULTIPART,
    GRAPHQL,
    TEXT
  }

  private BodyMatcher() {}

  static boolean matches(CallBody call, PreparedBody example) {
    if (call.isEmpty() || example.empty()) {
      return call.isEmpty() && example.empty();
    }
    return switch (kind(call.mediaType(), example)) {
      case JSON -> sameJson(call.json(), example.json(), call.text(), example.text());
      case FORM ->
          call.formFields()
              .equals(
                  example.mode() == BodyMode.URLENCODED
                      ? example.fields()
                      : PreparedBody.sorted(CallBody.parseForm(example.text())));
      case MULTIPART ->
          example.mode() == BodyMode.FORMDATA
              ? example.fields().equals(call.multipartFields())
              : call.text().equals(example.text());
      case GRAPHQL -> graphql(call, example);
      case TEXT -> call.text().equals(example.text());
    };
  }

  static Kind kind(String mediaType, PreparedBody example) {
    boolean json = isJson(mediaType);
    if (example.mode() == BodyMode.GRAPHQL
        && (mediaType.isEmpty() || json || mediaType.equals("application/graphql"))) {
      return Kind.GRAPHQL;
    }
    if (json) {
      return Kind.JSON;
    }
    if (mediaType.equals("application/x-www-form-urlencoded")) {
      return Kind.FORM;
    }
    if (mediaType.equals("multipart/form-data")) {
      return Kind.MULTIPART;
    }
    if (!mediaType.isEmpty()) {
      return Kind.TEXT;
    }
    return switch (example.mode()) {
      case URLENCODED -> Kind.FORM;
      case FORMDATA -> Kind.MULTIPART;
      case RAW, FILE -> "json".equalsIgnoreCase(example.language()) ? Kind.JSON : Kind.TEXT;
      default -> Kind.TEXT;
    };
  }

  static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static boolean sameJson(JsonNode call, JsonNode example, String callText, String exText) {
    if (call != null && example != null) {
      return JsonTrees.same(call, example);
    }
    return callText.equals(exText);
  }

  private static boolean graphql(CallBody call, PreparedBody example) {
    JsonNode asked;
    if (call.mediaType().equals("application/graphql")) {
      asked = GraphqlBody.graphql(call.text(), null);
    } else {
      JsonNode tree = call.json();
      if (tree == null || !tree.isObject()) {
        return false;
      }
      JsonNode variables = tree.get("variables");
      asked = GraphqlBody.graphql(tree.path("query").asText(""), variables);
    }
    return JsonTrees.same(asked, example.graphql());
  }
}
