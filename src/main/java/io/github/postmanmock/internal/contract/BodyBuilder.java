package io.github.postmanmock.internal.contract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.TreeReader;
import io.github.postmanmock.internal.model.Variables;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Builds the body text of a call from an example's saved request body, the way Postman would send
 * it, with the content type Postman adds when the example names none.
 */
final class BodyBuilder {

  /**
   * A built body.
   *
   * @param text the body, empty for none
   * @param contentType the content type to send when the example has none, or {@code null}
   * @param skipReason why the body cannot be sent, or {@code null}
   */
  record Built(String text, String contentType, String skipReason) {}

  private BodyBuilder() {}

  static Built build(RequestBody body, Variables variables) {
    return switch (body.mode()) {
      case NONE -> new Built("", null, null);
      case RAW ->
          body.raw().isEmpty()
              ? new Built("", null, null)
              : new Built(variables.substitute(body.raw()), rawType(body.language()), null);
      case URLENCODED -> urlEncoded(body, variables);
      case GRAPHQL -> graphql(body, variables);
      case FORMDATA ->
          body.isEmpty()
              ? new Built("", null, null)
              : new Built("", null, "multipart form-data bodies are not sent by contract checks");
      case FILE ->
          body.isEmpty()
              ? new Built("", null, null)
              : new Built("", null, "the file of a file body is not part of the collection");
    };
  }

  private static String rawType(String language) {
    if (language == null) {
      return "text/plain";
    }
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "json" -> "application/json";
      case "xml" -> "application/xml";
      case "html" -> "text/html";
      case "javascript" -> "application/javascript";
      default -> "text/plain";
    };
  }

  private static Built urlEncoded(RequestBody body, Variables variables) {
    StringJoiner out = new StringJoiner("&");
    for (FormParam p : body.params()) {
      if (!p.disabled()) {
        out.add(
            encode(variables.substitute(p.key())) + "=" + encode(variables.substitute(p.value())));
      }
    }
    return new Built(out.toString(), "application/x-www-form-urlencoded", null);
  }

  /** Form encoding that leaves {@code {{tokens}}} readable so that unresolved ones are reported. */
  private static String encode(String text) {
    return text.contains("{{") ? text : URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static Built graphql(RequestBody body, Variables variables) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("query", variables.substitute(body.graphqlQuery()));
    String vars = variables.substitute(body.graphqlVariables());
    try {
      node.set(
          "variables",
          vars.isBlank()
              ? JsonNodeFactory.instance.objectNode()
              : TreeReader.FIRST_VALUE.read(vars));
    } catch (IOException e) {
      return new Built("", null, "the GraphQL variables are not valid JSON");
    }
    return new Built(node.toString(), "application/json", null);
  }
}
