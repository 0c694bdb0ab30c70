package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.MockExample;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many calls each example answered since the server started, counted as calls are answered
 * rather than read back from the call log, which drops its oldest calls on a long run. Counted by
 * example instance (an identity lookup, no hashing of the example), and folded into counts by
 * location when many instances pile up (a server reloaded many times). Thread-safe.
 */
public final class ServedExamples {
  private static final int FOLD_AT = 10_000;

  private final Map<MockExample, int[]> byInstance = new IdentityHashMap<>();
  private final Map<String, Integer> folded = new LinkedHashMap<>();

  /** Count one call answered by {@code example}; {@code null} (no example) counts nothing. */
  public synchronized void count(MockExample example) {
    if (example == null) {
      return;
    }
    byInstance.computeIfAbsent(example, e -> new int[1])[0]++;
    if (byInstance.size() > FOLD_AT) {
      fold();
    }
  }

  /** The calls answered so far, by the location of the example that answered them. */
  public synchronized Map<String, Integer> byLocation() {
    Map<String, Integer> out = new LinkedHashMap<>(folded);
    byInstance.forEach((e, n) -> out.merge(e.location(), n[0], Integer::sum));
    return out;
  }

  private void fold() {
    byInstance.forEach((e, n) -> folded.merge(e.location(), n[0], Integer::sum));
    byInstance.clear();
  }
}
