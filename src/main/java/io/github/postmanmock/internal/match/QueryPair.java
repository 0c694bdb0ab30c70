package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.UrlParser;
import java.util.ArrayList;
import java.util.List;

/**
 * One decoded query parameter; a missing value is the empty string (SPEC §2.7: {@code ?a} equals
 * {@code ?a=}).
 *
 * @param wildcard the variable name when the example value is an unresolved {@code {{name}}} and
 *     query wildcards are on, otherwise {@code null}
 */
record QueryPair(String key, String value, String wildcard) {

  /** The enabled, keyed parameters of a raw call query, decoded. */
  static List<QueryPair> ofCall(String rawQuery) {
    List<QueryPair> out = new ArrayList<>();
    for (QueryParam p : UrlParser.parseQuery(rawQuery)) {
      if (p.key() != null) {
        out.add(
            new QueryPair(
                Paths.decode(p.key(), false),
                p.value() == null ? "" : Paths.decode(p.value(), false),
                null));
      }
    }
    return List.copyOf(out);
  }
}
