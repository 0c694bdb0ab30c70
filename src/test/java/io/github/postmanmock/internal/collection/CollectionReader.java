package io.github.postmanmock.internal.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * TEST-ONLY STAND-IN for the loader that is written in parallel on branch {@code loader}. It reads
 * just what the server tests need. DELETE THIS FILE (and EnvironmentReader) when the real loader is
 * merged from main.
 */
public final class CollectionReader {
  static final ObjectMapper JSON = new ObjectMapper();

  private CollectionReader() {}

  public static Collection read(String source, byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new InvalidCollectionException(source, "", "Invalid JSON in [" + source + "]", e);
    }
    if (root == null || !root.has("item")) {
      throw new InvalidCollectionException(source, "", "Not a collection [" + source + "]");
    }
    List<Example> examples = new ArrayList<>();
    items(root.path("item"), new ArrayList<>(), source, "/item", examples);
    return new Collection(
        root.path("info").path("name").asText(),
        source,
        examples,
        variables(root.path("variable")),
        List.of());
  }

  static List<Variable> variables(JsonNode array) {
    List<Variable> vars = new ArrayList<>();
    for (JsonNode v : array) {
      vars.add(
          new Variable(
              v.path("key").asText(),
              v.path("value").asText(null),
              v.path("disabled").asBoolean(false) || !v.path("enabled").asBoolean(true)));
    }
    return vars;
  }

  private static void items(
      JsonNode items, List<String> path, String source, String pointer, List<Example> out) {
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      List<String> here = new ArrayList<>(path);
      here.add(item.path("name").asText());
      if (item.has("item")) {
        items(item.path("item"), here, source, pointer + "/" + i + "/item", out);
        continue;
      }
      JsonNode responses = item.path("response");
      for (int r = 0; r < responses.size(); r++) {
        JsonNode resp = responses.get(r);
        out.add(
            new Example(
                resp.path("id").asText(null),
                resp.path("name").asText(),
                here,
                source,
                pointer + "/" + i + "/response/" + r,
                out.size(),
                request(resp.path("originalRequest")),
                response(resp)));
      }
    }
  }

  private static ExampleRequest request(JsonNode req) {
    JsonNode url = req.isTextual() ? req : req.path("url");
    String raw = url.isTextual() ? url.asText() : url.path("raw").asText();
    String method = req.isTextual() ? "GET" : req.path("method").asText("GET");
    return new ExampleRequest(
        method.toUpperCase(java.util.Locale.ROOT),
        UrlParser.parse(raw),
        List.of(),
        RequestBody.NONE);
  }

  private static ExampleResponse response(JsonNode resp) {
    List<Header> headers = new ArrayList<>();
    for (JsonNode h : resp.path("header")) {
      headers.add(
          new Header(
              h.path("key").asText(),
              h.path("value").asText(),
              h.path("disabled").asBoolean(false)));
    }
    return new ExampleResponse(
        resp.has("code") ? resp.path("code").asInt() : null,
        resp.path("status").asText(null),
        headers,
        resp.path("body").isNull() || resp.path("body").isMissingNode()
            ? null
            : resp.path("body").asText(),
        resp.path("_postman_previewlanguage").asText(null));
  }
}
