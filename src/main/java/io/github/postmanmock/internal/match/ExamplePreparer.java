package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.MatchOptions.PathSource;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
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
  private final IdDetector ids;

  ExamplePreparer(Variables variables, MatchOptions options, IdDetector ids) {
    this.variables = variables;
    this.options = options;
    this.ids = ids;
  }

  PreparedExample prepare(MockExample example) {
    Url url = example.request().url();
    List<String> source =
        options.pathSource() == PathSource.SUBSTITUTED_STRING
            ? UrlParser.parse(variables.substitute(url.raw())).path()
            : url.path();
    Segments path = new Segments();
    for (String segment : source) {
      addSegment(url, segment, path);
    }
    path.normalise(options.collapseSlashes());
    return new PreparedExample(
        example,
        example.request().method().toUpperCase(Locale.ROOT),
        PathForms.of(List.copyOf(path.segments), ids),
        List.copyOf(path.wildcards),
        List.copyOf(path.written),
        query(url),
        headers(example),
        PreparedBody.of(example.request().body(), variables));
  }

  private void addSegment(Url url, String segment, Segments path) {
    if (segment.startsWith(":") && segment.length() > 1) {
      String rest = segment.substring(1);
      int dot = rest.indexOf('.');
      String name = dot < 0 ? rest : rest.substring(0, dot);
      String suffix = dot < 0 ? "" : rest.substring(dot);
      String value = url.pathVariable(name);
      if (value != null && !value.isEmpty()) {
        addResolved(variables.substitute(value + suffix), segment, path);
        return;
      }
      if (suffix.isEmpty() && options.pathVariablesAsWildcards() && options.matchWildcards()) {
        path.add(segment, segment, name);
        return;
      }
    }
    addResolved(variables.substitute(segment), segment, path);
  }

  private void addResolved(String text, String written, Segments path) {
    for (String piece : text.split("/", -1)) {
      Matcher token = Variables.TOKEN.matcher(piece);
      if (options.matchWildcards() && token.matches() && !token.group(1).isEmpty()) {
        path.add(piece, written, token.group(1));
      } else {
        path.add(Paths.decode(piece, false), written, "");
      }
    }
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

  private List<Header> headers(MockExample example) {
    List<Header> out = new ArrayList<>();
    for (Header h : example.request().headers()) {
      if (!h.disabled()) {
        out.add(Header.of(h.key(), variables.substitute(h.value())));
      }
    }
    return List.copyOf(out);
  }
}
