package io.github.postmanmock.internal.match;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.JsonTrees;
import io.github.postmanmock.internal.model.QueryString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of one call in the forms body comparison needs, each computed at most once. Belongs to
 * one call on one thread.
 */
final class CallBody {
  private final HttpCall call;
  private String text;
  private JsonNode json;
  private boolean jsonDone;
  private List<String> formFields;
  private List<String> multipartFields;
  private boolean multipartDone;

  CallBody(HttpCall call) {
    this.call = call;
  }

  boolean isEmpty() {
    return call.body().length == 0;
  }

  String mediaType() {
    return call.mediaType();
  }

  String text() {
    if (text == null) {
      text = call.bodyText();
    }
    return text;
  }

  JsonNode json() {
    if (!jsonDone) {
      json = JsonTrees.parse(text());
      jsonDone = true;
    }
    return json;
  }

  /** Sorted decoded {@code key=value} pairs of an urlencoded body. */
  List<String> formFields() {
    if (formFields == null) {
      formFields = PreparedBody.sorted(parseForm(text()));
    }
    return formFields;
  }

  /** Sorted text fields of a multipart body, or {@code null} when it cannot be parsed. */
  List<String> multipartFields() {
    if (!multipartDone) {
      List<String> fields = Multipart.textFields(call.header("Content-Type"), text());
      multipartFields = fields == null ? null : PreparedBody.sorted(fields);
      multipartDone = true;
    }
    return multipartFields;
  }

  /** The decoded {@code key=value} pairs of an urlencoded body, in order. */
  static List<String> parseForm(String body) {
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, String> pair : QueryString.pairs(body, CallBody::formDecode)) {
      pairs.add(pair.getKey() + "=" + pair.getValue());
    }
    return pairs;
  }

  /** Percent-decoding as matching does it: a malformed escape stays, the rest is decoded. */
  private static String formDecode(String text) {
    return Paths.decode(text, true);
  }
}
