package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.match.Candidate;
import io.github.postmanmock.internal.match.ExamplePath;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.QueryString;
import io.github.postmanmock.internal.model.TreeReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares an example's request with a call field by field (method, path step, query, headers,
 * body) and says, one line a field, where they differ. Diagnostics only: matching is the engine's.
 * The path is the engine's view of it ({@link ExamplePath}): a wildcard accepts any value, and a
 * {@code :id} with a saved value is that value, named with where it came from.
 */
final class FieldDiff {
  private static final int SHOWN = 60;

  private FieldDiff() {}

  /** The differing fields, one line each; empty when every compared field agrees. */
  static List<String> lines(MockExample example, HttpCall call) {
    return lines(example, ExamplePath.asSaved(example.request().url()), call);
  }

  /** As {@link #lines(Example, HttpCall)}, the path as the engine compared it. */
  static List<String> lines(Candidate candidate, HttpCall call) {
    return lines(candidate.example(), candidate.path(), call);
  }

  private static List<String> lines(MockExample example, ExamplePath path, HttpCall call) {
    List<String> out = new ArrayList<>();
    String method = example.request().method();
    if (!method.equalsIgnoreCase(call.method())) {
      out.add("method: example [" + method + "], call [" + call.method() + "]");
    }
    path(path, call.path(), out);
    query(example.request().url().query(), call.rawQuery(), out);
    headers(example.request().headers(), call, out);
    body(example, call, out);
    return out;
  }

  private static void path(ExamplePath example, String callPath, List<String> out) {
    List<String> call = new ArrayList<>(List.of(callPath.split("/", -1)));
    call.remove(0);
    if (callPath.equals("/")) {
      call.clear();
    }
    List<String> segments = example.segments();
    if (segments.equals(List.of(""))) {
      segments = List.of();
    }
    for (int i = 0; i < Math.min(segments.size(), call.size()); i++) {
      if (!example.accepts(i, call.get(i))) {
        String origin = example.origin(i);
        out.add(
            "path: step "
                + (i + 1)
                + " is ["
                + segments.get(i)
                + "]"
                + (origin.isEmpty() ? "" : " (" + origin + ")")
                + " in the example, ["
                + call.get(i)
                + "] in the call");
        return;
      }
    }
    if (segments.size() != call.size()) {
      out.add(
          "path: the example has "
              + steps(segments.size())
              + " [/"
              + String.join("/", segments)
              + "], the call "
              + steps(call.size())
              + " ["
              + callPath
              + "]");
    }
  }

  private static void query(List<QueryParam> example, String rawQuery, List<String> out) {
    Map<String, String> call = parseQuery(rawQuery);
    for (QueryParam p : example) {
      if (p.disabled() || p.key() == null) {
        continue;
      }
      String value = p.value() == null ? "" : p.value();
      if (!call.containsKey(p.key())) {
        out.add("query: the call lacks [" + p.key() + "=" + value + "]");
      } else if (!call.get(p.key()).equals(QueryString.decode(value)) && !value.startsWith("{{")) {
        out.add(
            "query: ["
                + p.key()
                + "] is ["
                + value
                + "] in the example, ["
                + call.get(p.key())
                + "] in the call");
      }
    }
  }

  private static void headers(List<Header> example, HttpCall call, List<String> out) {
    for (Header h : example) {
      String sent = call.header(h.key());
      if (sent == null) {
        out.add("header: the call lacks [" + h.key() + ": " + shorten(h.value()) + "]");
      } else if (!sent.equalsIgnoreCase(h.value()) && !h.value().startsWith("{{")) {
        out.add(
            "header: ["
                + h.key()
                + "] is ["
                + shorten(h.value())
                + "] in the example, ["
                + shorten(sent)
                + "] in the call");
      }
    }
  }

  private static void body(MockExample example, HttpCall call, List<String> out) {
    var body = example.request().body();
    if (body.mode() != BodyMode.RAW || body.raw().isEmpty()) {
      return;
    }
    String sent = call.bodyText();
    if (sent.isEmpty()) {
      out.add("body: the example has a body [" + shorten(body.raw()) + "], the call none");
    } else if (!sameBody(body.raw(), sent)) {
      out.add("body: example [" + shorten(body.raw()) + "], call [" + shorten(sent) + "]");
    }
  }

  private static boolean sameBody(String a, String b) {
    try {
      JsonNode x = TreeReader.FIRST_VALUE.read(a);
      JsonNode y = TreeReader.FIRST_VALUE.read(b);
      if (x != null && y != null) {
        return x.equals(y);
      }
    } catch (IOException e) {
      // not JSON: compare as text
    }
    return a.strip().equals(b.strip());
  }

  static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return out;
    }
    for (Map.Entry<String, String> pair : QueryString.pairs(rawQuery)) {
      out.putIfAbsent(pair.getKey(), pair.getValue());
    }
    return out;
  }

  private static String steps(int n) {
    return n + (n == 1 ? " step" : " steps");
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "...";
  }
}
