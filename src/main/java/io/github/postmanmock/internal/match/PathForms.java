package io.github.postmanmock.internal.match;

import java.util.List;

/**
 * The forms of one path that the rules U1–U8 compare, computed once.
 *
 * @param segments the path as segments
 * @param stripped without trailing slashes
 * @param lower lower case
 * @param lowerStripped lower case, without trailing slashes
 * @param ids with ID segments blanked ({@code null} when ID detection is off)
 * @param idsStripped with ID segments blanked and without trailing slashes (or {@code null})
 * @param shapeKey the index key: lower case, IDs blanked, trailing slashes removed
 */
record PathForms(
    List<String> segments,
    List<String> stripped,
    List<String> lower,
    List<String> lowerStripped,
    List<String> ids,
    List<String> idsStripped,
    String shapeKey) {

  static PathForms of(List<String> segments, IdDetector ids) {
    List<String> blanked = ids.enabled() ? ids.blankIds(segments) : null;
    List<String> lower = Paths.lower(segments);
    return new PathForms(
        segments,
        Paths.stripTrailing(segments),
        lower,
        Paths.stripTrailing(lower),
        blanked,
        blanked == null ? null : Paths.stripTrailing(blanked),
        shapeKey(segments));
  }

  /**
   * A key equal for any two paths that rules U1–U4, U6 or U7 could match: each is implied by
   * equality after lower-casing, blanking built-in IDs and removing trailing slashes.
   */
  static String shapeKey(List<String> segments) {
    List<String> key = Paths.stripTrailing(Paths.lower(IdDetector.ALL_BUILT_IN.blankIds(segments)));
    return String.join("/", key);
  }

  boolean isRoot() {
    return stripped.size() == 1 && stripped.get(0).isEmpty();
  }

  String text() {
    return Paths.text(segments);
  }
}
