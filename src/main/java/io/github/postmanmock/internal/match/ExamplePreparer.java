package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.MatchOptions.PathSource;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Resolves an example once, when the engine is built: its path per {@code pathSource} (SPEC §1.4),
 * wildcard segments (§2.6 item 4), query, headers and body.
 */
final class ExamplePreparer {
  private final Variables variables;
  private final MatchOptions options;
  private final IdTest ids;

  ExamplePreparer(Variables variables, MatchOptions options, IdTest ids) {
    this.variables = variables;
    this.options = options;
    this.ids = ids;
  }

  PreparedExample prepare(Example example) {
    Url url = example.request().url();
    List<String> source =
        options.pathSource() == PathSource.SUBSTITUTED_STRING
            ? UrlParser.parse(variables.substitute(url.raw())).path()
            : url.path();
    List<String> segments = new ArrayList<>();
    List<String> wildcards = new ArrayList<>();
    for (String segment : source) {
      addSegment(url, segment, segments, wildcards);
    }
    normalise(segments, wildcards);
    return new PreparedExample(
        example,
        example.request().method().toUpperCase(Locale.ROOT),
        PathForms.of(List.copyOf(segments), ids),
        List.copyOf(wildcards),
        query(url),
        headers(example),
        PreparedBody.of(example.request().body(), variables));
  }

  private void addSegment(Url url, String segment, List<String> segments, List<String> wildcards) {
    if (segment.startsWith(":") && segment.length() > 1) {
      String rest = segment.substring(1);
      int dot = rest.indexOf('.');
      String name = dot < 0 ? rest : rest.substring(0, dot);
      String suffix = dot < 0 ? "" : rest.substring(dot);
      String value = url.pathVariable(name);
      if (value != null && !value.isEmpty()) {
        addResolved(variables.substitute(value + suffix), segments, wildcards);
        return;
      }
      if (suffix.isEmpty() && options.pathVariablesAsWildcards() && options.matchWildcards()) {
        segments.add(segment);
        wildcards.add(name);
        return;
      }
    }
    addResolved(variables.substitute(segment), segments, wildcards);
  }

  private void addResolved(String text, List<String> segments, List<String> wildcards) {
    for (String piece : text.split("/", -1)) {
      Matcher token = Variables.TOKEN.matcher(piece);
      if (options.matchWildcards() && token.matches() && !token.group(1).isEmpty()) {
        segments.add(piece);
        wildcards.add(token.group(1));
      } else {
        segments.add(Paths.decode(piece, false));
        wildcards.add("");
      }
    }
  }

  /** Root for an empty path; collapse runs of empty segments, keeping wildcard names aligned. */
  private void normalise(List<String> segments, List<String> wildcards) {
    if (segments.isEmpty()) {
      segments.add("");
      wildcards.add("");
    }
    if (!options.collapseSlashes()) {
      return;
    }
    boolean trailing = segments.get(segments.size() - 1).isEmpty();
    List<String> s = new ArrayList<>();
    List<String> w = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      if (!segments.get(i).isEmpty()) {
        s.add(segments.get(i));
        w.add(wildcards.get(i));
      }
    }
    if (s.isEmpty() || trailing) {
      s.add("");
      w.add("");
    }
    segments.clear();
    segments.addAll(s);
    wildcards.clear();
    wildcards.addAll(w);
  }

  private List<QueryPair> query(Url url) {
    List<QueryPair> out = new ArrayList<>();
    for (QueryParam p : url.query()) {
      if (p.disabled() || p.key() == null) {
        continue;
      }
      String value = variables.substitute(p.value() == null ? "" : p.value());
      Matcher token = Variables.TOKEN.matcher(value);
      String wildcard = options.queryWildcards() && token.matches() ? token.group(1) : null;
      out.add(
          new QueryPair(
              Paths.decode(variables.substitute(p.key()), false),
              Paths.decode(value, false),
              wildcard));
    }
    return List.copyOf(out);
  }

  private List<Header> headers(Example example) {
    List<Header> out = new ArrayList<>();
    for (Header h : example.request().headers()) {
      if (!h.disabled()) {
        out.add(Header.of(h.key(), variables.substitute(h.value())));
      }
    }
    return List.copyOf(out);
  }
}
