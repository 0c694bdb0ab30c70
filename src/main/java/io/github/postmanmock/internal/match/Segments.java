package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.List;

/**
 * An example path being prepared: per segment the resolved text, the text the collection wrote and
 * the wildcard name (empty for a literal), kept aligned while empty segments are collapsed.
 */
final class Segments {
  final List<String> segments = new ArrayList<>();
  final List<String> written = new ArrayList<>();
  final List<String> wildcards = new ArrayList<>();

  void add(String segment, String writtenAs, String wildcard) {
    segments.add(segment);
    written.add(writtenAs);
    wildcards.add(wildcard);
  }

  /** Root for an empty path; collapse runs of empty segments when asked. */
  void normalise(boolean collapse) {
    if (segments.isEmpty()) {
      add("", "", "");
    }
    if (!collapse) {
      return;
    }
    boolean trailing = segments.get(segments.size() - 1).isEmpty();
    Segments kept = new Segments();
    for (int i = 0; i < segments.size(); i++) {
      if (!segments.get(i).isEmpty()) {
        kept.add(segments.get(i), written.get(i), wildcards.get(i));
      }
    }
    if (kept.segments.isEmpty() || trailing) {
      kept.add("", "", "");
    }
    segments.clear();
    segments.addAll(kept.segments);
    written.clear();
    written.addAll(kept.written);
    wildcards.clear();
    wildcards.addAll(kept.wildcards);
  }
}
