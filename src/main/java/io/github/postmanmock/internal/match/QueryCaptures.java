package io.github.postmanmock.internal.match;

import java.util.HashMap;
import java.util.Map;

/** Adds the values of query wildcards (option {@code queryWildcards}) to a winner's captures. */
final class QueryCaptures {
  private QueryCaptures() {}

  static Map<String, String> add(Map<String, String> captures, CallView call, PreparedExample e) {
    Map<String, String> out = new HashMap<>(captures);
    for (QueryPair p : e.query()) {
      if (p.wildcard() == null || out.containsKey(p.wildcard())) {
        continue;
      }
      for (QueryPair c : call.query()) {
        if (c.key().equals(p.key())) {
          out.put(p.wildcard(), c.value());
          break;
        }
      }
    }
    return out;
  }
}
