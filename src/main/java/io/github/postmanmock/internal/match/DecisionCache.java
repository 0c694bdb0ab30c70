package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The decisions an engine already took, by call. A decision is a pure function of the call and the
 * engine, and of the call the engine reads only the method, path, query, body and a few headers:
 * the {@code x-mock-...} control headers, the headers that {@link MatchOptions#matchHeaders()}
 * names, and {@code Content-Type} for a body. So a call with no body, no control header and no
 * header matching configured is decided by its method, path and query alone, and the same request
 * line sent again (a test or a page polling one URL) gets the decision taken the first time instead
 * of matching again. Any other call is decided afresh.
 *
 * <p>At most {@value #LIMIT} request lines are kept; when that many are, the cache starts over, so
 * a run that never repeats itself costs a lookup per call and bounded memory. A live edit builds a
 * new engine and with it an empty cache. Thread-safe.
 */
final class DecisionCache {
  static final int LIMIT = 1024;
  private static final String CONTROL_PREFIX = "x-mock-";

  private final ConcurrentHashMap<Line, Decision> decisions = new ConcurrentHashMap<>();
  private final boolean headerMatching;

  DecisionCache(MatchOptions options) {
    this.headerMatching = !options.matchHeaders().isEmpty();
  }

  /** The decision for {@code call}: the one kept for its request line, or {@code decide}'s. */
  Decision decide(HttpCall call, Function<HttpCall, Decision> decide) {
    Line key = keyOf(call);
    if (key == null) {
      return decide.apply(call);
    }
    Decision known = decisions.get(key);
    if (known != null) {
      return known;
    }
    Decision fresh = decide.apply(call);
    // rank the near misses now, once per line: a kept decision then holds no part of the call
    // that made it (its other headers, say a token), only what its request line says
    fresh.nearMisses().size();
    if (decisions.size() >= LIMIT) {
      decisions.clear();
    }
    decisions.put(key, fresh);
    return fresh;
  }

  /** How many request lines are kept now. */
  int size() {
    return decisions.size();
  }

  /** A request line: what a call with no body and no control header is decided by. */
  private record Line(String method, String path, String rawQuery) {
    // equals and hashCode are written out: a record's own are linked through invokedynamic the
    // first time they run, which a fresh JVM paid for on its first call (a few milliseconds)

    @Override
    public boolean equals(Object o) {
      return o instanceof Line other
          && method.equals(other.method)
          && path.equals(other.path)
          && rawQuery.equals(other.rawQuery);
    }

    @Override
    public int hashCode() {
      return (method.hashCode() * 31 + path.hashCode()) * 31 + rawQuery.hashCode();
    }
  }

  /** The request line of a call decided by it alone, or {@code null}. */
  private Line keyOf(HttpCall call) {
    if (headerMatching || call.body().length > 0) {
      return null;
    }
    for (Header h : call.headers()) {
      if (h.key().regionMatches(true, 0, CONTROL_PREFIX, 0, CONTROL_PREFIX.length())) {
        return null;
      }
    }
    return new Line(call.method(), call.path(), call.rawQuery());
  }
}
