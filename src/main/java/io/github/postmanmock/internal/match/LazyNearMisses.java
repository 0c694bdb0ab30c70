package io.github.postmanmock.internal.match;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The near misses of a matched call, ranked only when first read. The server never reads them for a
 * call that matched (only a miss carries a near-miss report), so ranking them for every call would
 * cost a sort per call for nothing; tests and tools that ask still get the same list.
 */
final class LazyNearMisses extends AbstractList<Candidate> {
  private Supplier<List<Candidate>> ranking;
  private volatile List<Candidate> ranked;

  LazyNearMisses(Supplier<List<Candidate>> ranking) {
    this.ranking = ranking;
  }

  private List<Candidate> ranked() {
    List<Candidate> list = ranked;
    if (list == null) {
      synchronized (this) {
        list = ranked;
        if (list == null) {
          list = List.copyOf(ranking.get());
          ranked = list;
          ranking = null;
        }
      }
    }
    return list;
  }

  @Override
  public Candidate get(int index) {
    return ranked().get(index);
  }

  @Override
  public int size() {
    return ranked().size();
  }
}
