package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What one anchor index returns for a call's segments: every example the call can reach (exactly,
 * or within the U8 distance in fuzzy mode), the examples without a usable literal segment, and
 * nothing it cannot reach; always in file order.
 */
class AnchorLookupTest {
  private static final ExamplePreparer PREPARER =
      new ExamplePreparer(
          Variables.EMPTY,
          MatchOptions.defaults(),
          new IdDetector(MatchOptions.IdDetection.DEFAULT));

  private static List<PreparedExample> examples(String... paths) {
    List<PreparedExample> out = new ArrayList<>();
    for (String path : paths) {
      out.add(PREPARER.prepare(ExampleFixture.get(path).build(out.size())));
    }
    return out;
  }

  private static AnchorIndex index(List<PreparedExample> examples, double threshold) {
    return new AnchorIndex(examples, false, threshold);
  }

  private static List<String> paths(List<PreparedExample> found) {
    return found.stream().map(e -> e.path().text()).toList();
  }

  @Test
  void exactModeReturnsTheExamplesFiledUnderTheCallSegmentAndTheUnanchored() {
    AnchorIndex index =
        index(
            examples(
                "/api/users/{{id}}",
                "/api/orders/{{id}}",
                "/{{a}}/{{b}}/{{c}}",
                "/api/users/{{id}}/x",
                "/api/{{kind}}/{{id}}"),
            1);
    assertThat(paths(index.lookup(List.of("api", "users", "7"))))
        .containsExactly("/api/users/{{id}}", "/{{a}}/{{b}}/{{c}}", "/api/{{kind}}/{{id}}");
    assertThat(paths(index.lookup(List.of("api", "orders", "7"))))
        .containsExactly("/api/orders/{{id}}", "/{{a}}/{{b}}/{{c}}", "/api/{{kind}}/{{id}}");
    assertThat(paths(index.lookup(List.of("v2", "carts", "7"))))
        .containsExactly("/{{a}}/{{b}}/{{c}}");
    assertThat(paths(index.lookup(List.of("v2"))))
        .as("a call shorter than every anchor position")
        .containsExactly("/{{a}}/{{b}}/{{c}}");
  }

  @Test
  void theAnchorIsTheSegmentFewestExamplesShare() {
    AnchorIndex index = index(examples("/api/users/{{id}}", "/api/orders/{{id}}"), 1);
    assertThat(paths(index.lookup(List.of("api", "carts", "1")))).isEmpty();
    assertThat(paths(index.lookup(List.of("web", "users", "1"))))
        .containsExactly("/api/users/{{id}}");
  }

  @Test
  void manyHitsComeBackInFileOrder() {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      paths.add(i % 2 == 0 ? "/{{any}}/" + i : "/shop/{{id}}");
    }
    List<PreparedExample> all = examples(paths.toArray(String[]::new));
    List<PreparedExample> found = index(all, 1).lookup(List.of("shop", "7"));
    assertThat(found).hasSize(20).isSortedAccordingTo((a, b) -> a.order() - b.order());
    List<PreparedExample> fuzzy = index(all, 0.75).lookup(List.of("shop", "7"));
    assertThat(fuzzy).hasSize(20).isSortedAccordingTo((a, b) -> a.order() - b.order());
  }

  @ParameterizedTest(name = "threshold {0}")
  @ValueSource(doubles = {0.5, 0.6, 0.75, 0.9})
  void fuzzyModeMissesNoExampleThatU8Accepts(double threshold) {
    List<String> words =
        List.of(
            "a",
            "ab",
            "abc",
            "user",
            "users",
            "orders",
            "profile",
            "settings",
            "customers",
            "subscriptions",
            "notifications-v2",
            "x".repeat(63) + "y",
            "q".repeat(64) + "r",
            "abcdefghij".repeat(7));
    List<String> paths = new ArrayList<>();
    words.forEach(w -> paths.add("/" + w));
    List<PreparedExample> all = examples(paths.toArray(String[]::new));
    AnchorIndex index = index(all, threshold);
    for (String word : words) {
      for (String call : typos(word)) {
        Set<String> reached = new LinkedHashSet<>(paths(index.lookup(List.of(call))));
        for (String w : words) {
          if (Levenshtein.similar(call, w, threshold)) {
            assertThat(reached).as("call [%s], threshold %s", call, threshold).contains("/" + w);
          }
        }
      }
    }
  }

  @Test
  void fuzzyModeLeavesOutAnchorsNoPieceOfTheCallReaches() {
    AnchorIndex index = index(examples("/customers", "/subscriptions", "/{{any}}"), 0.75);
    assertThat(paths(index.lookup(List.of("customers")))).containsExactly("/customers", "/{{any}}");
    assertThat(paths(index.lookup(List.of("subscriptoins"))))
        .containsExactly("/subscriptions", "/{{any}}");
    assertThat(paths(index.lookup(List.of("zzzzzzzzz")))).containsExactly("/{{any}}");
  }

  /** The word itself and every word one or two edits away that uses its letters or {@code x}. */
  private static Set<String> typos(String word) {
    Set<String> one = new LinkedHashSet<>(List.of(word));
    for (int i = 0; i <= word.length(); i++) {
      one.add(word.substring(0, i) + "x" + word.substring(i));
      if (i < word.length()) {
        one.add(word.substring(0, i) + word.substring(i + 1));
        one.add(word.substring(0, i) + "x" + word.substring(i + 1));
      }
      if (i + 1 < word.length()) {
        one.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
      }
    }
    Set<String> out = new LinkedHashSet<>(one);
    if (word.length() <= 16) {
      for (String w : one) {
        out.add("x" + w);
        out.add(w + "x");
        if (w.length() > 1) {
          out.add(w.substring(1));
          out.add(w.substring(0, w.length() - 1));
        }
      }
    }
    out.remove("");
    return out;
  }
}
