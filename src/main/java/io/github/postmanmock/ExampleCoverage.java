package io.github.postmanmock;

import io.github.postmanmock.internal.model.MockExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which examples of a mock answered calls, how often, and which never did. Examples are named by
 * their place in the collection, folders and request first: {@code Pets/Get pet/Rex}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ExampleCoverage {
  private final Map<String, Integer> counts;

  private ExampleCoverage(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** {@code examples} in order, with the calls each location answered as {@code served} counts. */
  static ExampleCoverage of(List<MockExample> examples, Map<String, Integer> served) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (MockExample e : examples) {
      counts.put(e.location(), 0);
    }
    served.forEach((location, n) -> counts.merge(location, n, Integer::sum));
    return new ExampleCoverage(Collections.unmodifiableMap(counts));
  }

  /** Return every example with the number of calls it answered, in collection order. */
  public Map<String, Integer> counts() {
    return counts;
  }

  /** Return the examples that answered at least one call. */
  public List<String> served() {
    return select(true);
  }

  /** Return the examples that never answered a call. */
  public List<String> unused() {
    return select(false);
  }

  private List<String> select(boolean served) {
    List<String> out = new ArrayList<>();
    counts.forEach(
        (location, n) -> {
          if ((n > 0) == served) {
            out.add(location);
          }
        });
    return List.copyOf(out);
  }

  /** Return {@code served 3 of 5 examples; never served: [A, B]}. */
  @Override
  public String toString() {
    List<String> unused = unused();
    return "served "
        + (counts.size() - unused.size())
        + " of "
        + counts.size()
        + " examples"
        + (unused.isEmpty() ? "" : "; never served: " + unused);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExampleCoverage other && counts.equals(other.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(counts);
  }
}
