package io.github.postmanmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.TreeReader;
import io.github.postmanmock.internal.model.Variables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares a real answer with the example's response: the status, the media type of {@code
 * Content-Type} (parameters such as {@code charset} ignored) and, for JSON, the body's shape. Other
 * bodies are compared as text only when values are compared.
 */
final class AnswerComparer {
  private static final int SHOWN = 60;

  private final Variables variables;
  private final boolean values;

  AnswerComparer(Variables variables, boolean values) {
    this.variables = variables;
    this.values = values;
  }

  /** How an answer differs: drifts, and fields the example lacks. */
  record Comparison(List<Difference> drifts, List<Difference> additions) {}

  /** Compare {@code answer}, the answer to a {@code method} call, with {@code example}. */
  Comparison compare(ExampleResponse example, String method, Answer answer) {
    List<Difference> drifts = new ArrayList<>();
    List<Difference> additions = new ArrayList<>();
    if (example.statusCode() != answer.status()) {
      drifts.add(
          new Difference(
              Difference.STATUS,
              String.valueOf(example.statusCode()),
              String.valueOf(answer.status())));
    }
    String expectedType = mediaType(contentType(example));
    String actualType = mediaType(answer.contentType());
    if (expectedType != null && !expectedType.equals(actualType)) {
      drifts.add(
          new Difference(
              Difference.MEDIA_TYPE, expectedType, actualType == null ? "nothing" : actualType));
    }
    if (!method.equals("HEAD")) {
      body(example, expectedType, answer.body(), drifts, additions);
    }
    return new Comparison(List.copyOf(drifts), List.copyOf(additions));
  }

  private void body(
      ExampleResponse example,
      String mediaType,
      String actual,
      List<Difference> drifts,
      List<Difference> additions) {
    String expected = example.body() == null ? "" : variables.substitute(example.body());
    JsonNode expectedJson = json(expected);
    if (expectedJson != null && looksJson(example, mediaType)) {
      JsonNode actualJson = json(actual);
      if (actualJson == null) {
        drifts.add(
            new Difference(
                Difference.BODY,
                "JSON " + JsonShape.type(expectedJson),
                actual.isBlank() ? "nothing" : "a body that is not JSON"));
        return;
      }
      JsonShape shape = JsonShape.compare(expectedJson, actualJson, values);
      drifts.addAll(shape.drifts());
      additions.addAll(shape.additions());
    } else if (values && !expected.equals(actual)) {
      drifts.add(new Difference(Difference.BODY, quote(expected), quote(actual)));
    }
  }

  private static boolean looksJson(ExampleResponse example, String mediaType) {
    return mediaType == null
        || mediaType.contains("json")
        || "json".equalsIgnoreCase(example.previewLanguage());
  }

  private static JsonNode json(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      JsonNode node = TreeReader.FIRST_VALUE.read(text);
      return node != null && (node.isObject() || node.isArray()) ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String contentType(ExampleResponse example) {
    for (Header h : example.headers()) {
      if (!h.disabled() && h.key().equalsIgnoreCase("content-type")) {
        return h.value();
      }
    }
    return null;
  }

  /** {@code application/json} from {@code Application/JSON; charset=utf-8}; null for none. */
  static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semi = contentType.indexOf(';');
    String type = semi < 0 ? contentType : contentType.substring(0, semi);
    return type.trim().toLowerCase(Locale.ROOT);
  }

  private static String quote(String text) {
    String shown = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    return "\"" + shown.replace("\n", "\\n") + "\"";
  }
}
