package io.github.postmanmock.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The one rule for naming an example, shared by {@code @UseExample}, {@code hasMatchedExample} and
 * {@code servedExample}: a key is the example's name ({@code "Rex"}), its place with the request
 * ({@code "Get pet/Rex"}) or with any number of enclosing folders ({@code "Pets/Get pet/Rex"}); the
 * places may also be written with {@code " / "} as reports print them. A key that names several
 * examples of a mock is rejected with the candidates listed.
 */
public final class ExampleNames {
  private static final int SHOWN = 20;

  private ExampleNames() {}

  /** Whether {@code key} names {@code example}. */
  public static boolean names(String key, MockExample example) {
    String place = example.location();
    if (key.equals(example.name()) || key.equals(place) || place.endsWith("/" + key)) {
      return true;
    }
    String slashes = key.replace(" / ", "/");
    return !slashes.equals(key) && (slashes.equals(place) || place.endsWith("/" + slashes));
  }

  /** The examples of {@code all} that {@code key} names, each once, in order. */
  public static List<MockExample> named(String key, List<MockExample> all) {
    Set<MockExample> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<MockExample> out = new ArrayList<>();
    for (MockExample e : all) {
      if (names(key, e) && seen.add(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Throws when {@code key} names more than one example of {@code all}.
   *
   * @param where the mock, for the message
   * @throws IllegalArgumentException listing the candidates
   */
  public static void requireUnambiguous(String key, List<MockExample> all, String where) {
    List<MockExample> found = named(key, all);
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "Example name ["
              + key
              + "] is ambiguous in ["
              + where
              + "]: "
              + places(found)
              + "; give its place instead");
    }
  }

  /** The places of {@code examples}, at most twenty, for messages. */
  public static String places(List<MockExample> examples) {
    List<String> shown = new ArrayList<>();
    for (MockExample e : examples.subList(0, Math.min(SHOWN, examples.size()))) {
      shown.add(e.location());
    }
    return "[" + String.join(", ", shown) + (examples.size() > SHOWN ? ", ..." : "") + "]";
  }
}
