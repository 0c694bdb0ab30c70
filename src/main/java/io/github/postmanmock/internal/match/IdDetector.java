package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.match.MatchOptions.IdDetection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Decides which path segments are IDs for rules U6 and U7 (SPEC §2.6 item 5). */
final class IdDetector {
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * The detector the index keys use: every built-in kind at once. None of them changes its answer
   * when a segment is lower-cased character by character, which the index relies on.
   */
  static final IdDetector ALL_BUILT_IN = new IdDetector(new IdDetection(true, true, true, null));

  private final IdDetection detection;

  IdDetector(IdDetection detection) {
    this.detection = detection;
  }

  boolean enabled() {
    return detection.enabled();
  }

  boolean isId(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    return (detection.digits() && allDigits(segment))
        || (detection.uuid() && segment.length() == 36 && UUID.matcher(segment).matches())
        || (detection.longSegments() && segment.length() >= 256)
        || (detection.custom() != null && detection.custom().matcher(segment).matches());
  }

  /** The segments with every ID replaced by the empty string (SPEC §2.13 item 3). */
  List<String> blankIds(List<String> segments) {
    List<String> out = null;
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      boolean id = isId(s);
      if (out == null && id) {
        out = new ArrayList<>(segments.subList(0, i));
      }
      if (out != null) {
        out.add(id ? "" : s);
      }
    }
    return List.copyOf(out == null ? segments : out);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
