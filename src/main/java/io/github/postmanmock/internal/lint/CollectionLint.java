package io.github.postmanmock.internal.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.BareRequest;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.TreeReader;
import io.github.postmanmock.internal.model.Variables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Checks loaded collections for what loads but cannot work as meant: requests without examples,
 * examples that matching can never choose (same request, as the options compare it, and status as
 * an earlier one: no discriminator, not even {@code x-mock-response-code}), JSON responses whose
 * body is not JSON, and variables used but defined nowhere. Path segments are left out of the last
 * check: an undefined variable there is a wildcard on purpose.
 */
public final class CollectionLint {

  private CollectionLint() {}

  /**
   * Every warning for {@code collections}, with {@code variables} as every defined value; {@code
   * options} say which request fields matching compares.
   */
  public static List<LintWarning> check(
      List<Collection> collections, Variables variables, MatchOptions options) {
    List<LintWarning> out = new ArrayList<>();
    for (Collection c : collections) {
      for (BareRequest request : c.requestsWithoutExamples()) {
        out.add(
            new LintWarning(
                LintWarning.Kind.NO_EXAMPLES,
                c.source(),
                "",
                "Request ["
                    + request.location()
                    + "] has no saved example, so the mock never answers it; save a response"
                    + " as an example in Postman"));
      }
      shadowed(c, variables, options, out);
      for (MockExample e : c.examples()) {
        jsonBody(e, out);
        undefinedVariables(e, variables, options, out);
      }
    }
    return out;
  }

  private static void shadowed(
      Collection c, Variables variables, MatchOptions options, List<LintWarning> out) {
    Map<String, List<MockExample>> byRequest = new LinkedHashMap<>();
    for (MockExample e : c.examples()) {
      byRequest.computeIfAbsent(requestKey(e, variables, options), k -> new ArrayList<>()).add(e);
    }
    String fields = comparedFields(options);
    for (List<MockExample> same : byRequest.values()) {
      for (MockExample e : same.subList(1, same.size())) {
        out.add(
            new LintWarning(
                LintWarning.Kind.SHADOWED,
                e.source(),
                e.pointer(),
                "Example ["
                    + e.location()
                    + "] has the same "
                    + fields
                    + " as ["
                    + same.get(0).location()
                    + "], so matching never chooses it; only calls that send"
                    + " x-mock-response-name or x-mock-response-id (or a test with @UseExample)"
                    + " get it. Give it a distinct "
                    + fields.replace(" and ", " or ")
                    + " if calls should tell them apart"));
      }
    }
  }

  /** The request fields matching compares under {@code options}, as words. */
  private static String comparedFields(MatchOptions options) {
    List<String> fields = new ArrayList<>(List.of("method", "path"));
    if (options.matchQueryParams()) {
      fields.add("query");
    }
    if (options.matchBody()) {
      fields.add("body");
    }
    for (String header : options.matchHeaders()) {
      fields.add("header " + header);
    }
    return String.join(", ", fields) + " and status";
  }

  private static String requestKey(MockExample e, Variables variables, MatchOptions options) {
    StringBuilder key = new StringBuilder(e.request().method()).append(' ');
    key.append(variables.substitute(resolvedPath(e))).append('?');
    for (QueryParam q :
        options.matchQueryParams() ? e.request().url().query() : List.<QueryParam>of()) {
      if (!q.disabled()) {
        key.append(q.key()).append('=').append(q.value()).append('&');
      }
    }
    var body = e.request().body();
    if (options.matchBody()) {
      key.append('\n').append(body.mode()).append(body.raw().strip());
    }
    for (String name : options.matchHeaders()) {
      key.append('\n').append(name.toLowerCase(Locale.ROOT)).append(':');
      e.request().headers().stream()
          .filter(h -> h.key().equalsIgnoreCase(name))
          .forEach(h -> key.append(h.value()).append(','));
    }
    return key.append('\n').append(e.response().statusCode()).toString();
  }

  /**
   * The example's path with each {@code :name} that has a value replaced by it, as matching does.
   */
  private static String resolvedPath(MockExample e) {
    StringBuilder path = new StringBuilder();
    for (String segment : e.request().url().path()) {
      path.append('/');
      int dot = segment.indexOf('.');
      String name =
          segment.startsWith(":") ? segment.substring(1, dot < 0 ? segment.length() : dot) : "";
      String value = name.isEmpty() ? null : e.request().url().pathVariable(name);
      if (value == null || value.isEmpty()) {
        path.append(segment);
      } else {
        path.append(value).append(dot < 0 ? "" : segment.substring(dot));
      }
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  private static void jsonBody(MockExample e, List<LintWarning> out) {
    String body = e.response().body();
    if (body == null || body.isBlank() || body.contains("{{") || !declaresJson(e)) {
      return;
    }
    try {
      TreeReader.FIRST_VALUE.read(body);
    } catch (JsonProcessingException ex) {
      out.add(
          new LintWarning(
              LintWarning.Kind.BODY_NOT_JSON,
              e.source(),
              e.pointer() + "/body",
              "Example ["
                  + e.location()
                  + "] says Content-Type JSON but its body is not JSON: "
                  + ex.getOriginalMessage()
                  + "; fix the body or the Content-Type header"));
    }
  }

  private static boolean declaresJson(MockExample e) {
    for (Header h : e.response().headers()) {
      if (h.key().equalsIgnoreCase("Content-Type")) {
        return h.value().toLowerCase(Locale.ROOT).contains("json");
      }
    }
    return false;
  }

  private static void undefinedVariables(
      MockExample e, Variables variables, MatchOptions options, List<LintWarning> out) {
    Set<String> pathNames = new LinkedHashSet<>();
    for (String segment : e.request().url().path()) {
      names(segment, pathNames);
      pathVariableWildcard(e, segment, options, pathNames);
    }
    Set<String> used = new LinkedHashSet<>();
    names(e.response().body() == null ? "" : e.response().body(), used);
    for (Header h : e.response().headers()) {
      names(h.value(), used);
    }
    used.removeAll(pathNames);
    used.removeIf(name -> variables.get(name) != null);
    if (!used.isEmpty()) {
      out.add(
          new LintWarning(
              LintWarning.Kind.UNDEFINED_VARIABLES,
              e.source(),
              e.pointer(),
              "Example ["
                  + e.location()
                  + "] uses variables defined nowhere: "
                  + used
                  + "; they are sent as written. Define them in the collection or"
                  + " environment"));
    }
  }

  /**
   * Adds the name of a value-less {@code :name} segment, which matching treats as a wildcard (as
   * the engine does: only without a {@code .suffix}) whose captured call segment fills {@code
   * {{name}}} in the response.
   */
  private static void pathVariableWildcard(
      MockExample e, String segment, MatchOptions options, Set<String> into) {
    if (!segment.startsWith(":")
        || segment.length() < 2
        || segment.indexOf('.') >= 0
        || !options.pathVariablesAsWildcards()
        || !options.matchWildcards()) {
      return;
    }
    String name = segment.substring(1);
    String value = e.request().url().pathVariable(name);
    if (value == null || value.isEmpty()) {
      into.add(name);
    }
  }

  /**
   * Names of plain {@code {{name}}} tokens; dynamic variables and helpers ({@code $...}) skipped.
   */
  private static void names(String text, Set<String> into) {
    Matcher m = Variables.TOKEN.matcher(text);
    while (m.find()) {
      String name = m.group(1).trim();
      if (!name.isEmpty() && !name.startsWith("$") && !name.contains(" ")) {
        into.add(name);
      }
    }
  }
}
