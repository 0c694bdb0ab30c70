package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.MatchOptions.DocRevision;
import io.github.postmanmock.internal.match.MatchOptions.PreferStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step 7 and the name lookup of step 3: which of several equally good examples wins (SPEC §2.9,
 * §2.13 items 1 and 5).
 */
final class TieBreak {
  private static final Comparator<PreparedExample> BY_ID =
      (a, b) -> {
        int byId = a.example().id().compareTo(b.example().id());
        return byId != 0 ? byId : Integer.compare(a.order(), b.order());
      };

  private TieBreak() {}

  /**
   * Sort by {@code id} when every example has one, otherwise keep file order (SPEC §2.13 item 5).
   */
  static List<PreparedExample> sorted(List<PreparedExample> tied) {
    if (tied.size() == 1) {
      return tied;
    }
    List<PreparedExample> copy = new ArrayList<>(tied);
    boolean allIds = true;
    for (PreparedExample e : copy) {
      allIds &= e.example().id() != null;
    }
    copy.sort(allIds ? BY_ID : PreparedExample.BY_ORDER);
    return copy;
  }

  /** The winner among examples tied on score. */
  static PreparedExample winner(List<PreparedExample> tied, MatchOptions options) {
    List<PreparedExample> sorted = sorted(tied);
    if (options.docRevision() == DocRevision.DOC_2022_11) {
      return sorted.get(sorted.size() - 1);
    }
    return firstPreferred(sorted, options.preferStatus());
  }

  /** The first example with the preferred status, else the first. */
  static PreparedExample firstPreferred(List<PreparedExample> sorted, PreferStatus prefer) {
    for (PreparedExample e : sorted) {
      if (preferred(e.status(), prefer)) {
        return e;
      }
    }
    return sorted.get(0);
  }

  static boolean preferred(int status, PreferStatus prefer) {
    return prefer == PreferStatus.ANY_2XX ? status >= 200 && status < 300 : status == 200;
  }
}
