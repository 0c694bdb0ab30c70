package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.Url;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An example's path as the engine compares it: each segment after variables were resolved, the
 * segment as the collection wrote it, and whether it is a wildcard. For {@code :username} saved as
 * {@code TwitterDev} the segment is {@code TwitterDev}, written {@code :username}, no wildcard.
 *
 * @param segments the resolved segments; the root path is one empty segment
 * @param written per segment, the text the collection has there ({@code :id}, {@code {{id}}})
 * @param wildcards per segment, the variable name of a wildcard, or the empty string for a literal
 */
public record ExamplePath(List<String> segments, List<String> written, List<String> wildcards) {
  /** The share of a segment that must survive for a segment to count as a typo of another. */
  private static final double TYPO = 0.7;

  public ExamplePath {
    segments = List.copyOf(segments);
    written = List.copyOf(written);
    wildcards = List.copyOf(wildcards);
    if (written.size() != segments.size() || wildcards.size() != segments.size()) {
      throw new IllegalArgumentException("one written text and one wildcard name per segment");
    }
  }

  /**
   * The path as saved, nothing resolved: {@code :name} and {@code {{name}}} segments are wildcards.
   */
  public static ExamplePath asSaved(Url url) {
    List<String> wildcards = new ArrayList<>();
    for (String s : url.path()) {
      boolean variable = s.startsWith(":") && s.length() > 1 || s.startsWith("{{");
      wildcards.add(variable ? s.replaceAll("^:|[{}]", "") : "");
    }
    return new ExamplePath(url.path(), url.path(), wildcards);
  }

  /** Whether segment {@code i} takes the call's segment {@code value}. */
  public boolean accepts(int i, String value) {
    return wildcards.get(i).isEmpty() ? segments.get(i).equals(value) : !value.isEmpty();
  }

  /** The collection's own text for segment {@code i} when it differs from the resolved one. */
  public String origin(int i) {
    String w = written.get(i);
    return Objects.equals(w, segments.get(i)) ? "" : w;
  }

  /**
   * How close this path is to the call's {@code call} segments: per place, 2 for a segment that
   * agrees (ignoring case; a wildcard agrees with anything, an ID with an ID), 1 for one a typo
   * away; less the difference in length.
   */
  int closeness(List<String> call) {
    int points = 0;
    for (int i = 0; i < Math.min(segments.size(), call.size()); i++) {
      points += closeness(i, call.get(i));
    }
    return points - Math.abs(segments.size() - call.size());
  }

  private int closeness(int i, String call) {
    String mine = segments.get(i);
    if (!wildcards.get(i).isEmpty()
        || mine.equalsIgnoreCase(call)
        || IdDetector.ALL_BUILT_IN.isId(mine) && IdDetector.ALL_BUILT_IN.isId(call)) {
      return 2;
    }
    return Levenshtein.similar(call.toLowerCase(Locale.ROOT), mine.toLowerCase(Locale.ROOT), TYPO)
        ? 1
        : 0;
  }

  public String text() {
    return "/" + String.join("/", segments);
  }
}
