package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.match.MatchOptions.DocRevision;
import io.github.postmanmock.internal.match.MatchOptions.PreferStatus;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of several equally scored examples wins (SPEC §2.9, §2.13 items 1 and 5). */
class TieBreakTest {
  private static final MatchOptions DOC_2022 =
      MatchOptions.defaults().toBuilder().docRevision(DocRevision.DOC_2022_11).build();
  private static final MatchOptions ANY_2XX =
      MatchOptions.defaults().toBuilder().preferStatus(PreferStatus.ANY_2XX).build();

  /** Examples for {@code GET /t} in file order; {@code "id:code"}, id {@code -} for none. */
  private static List<PreparedExample> tied(String... idAndCode) {
    ExamplePreparer preparer =
        new ExamplePreparer(
            Variables.EMPTY,
            MatchOptions.defaults(),
            new IdDetector(MatchOptions.IdDetection.DEFAULT));
    List<PreparedExample> out = new ArrayList<>();
    for (String spec : idAndCode) {
      String[] parts = spec.split(":");
      ExampleFixture e =
          ExampleFixture.get("/t")
              .id(parts[0].equals("-") ? null : parts[0])
              .code(Integer.valueOf(parts[1]));
      out.add(preparer.prepare(e.build(out.size())));
    }
    return out;
  }

  private static List<Integer> orders(List<PreparedExample> examples) {
    return examples.stream().map(PreparedExample::order).toList();
  }

  @Test
  void examplesThatAllHaveAnIdAreSortedById() {
    List<PreparedExample> given = tied("c:200", "a:200", "b:200");
    assertThat(orders(TieBreak.sorted(given))).containsExactly(1, 2, 0);
    assertThat(orders(given)).as("the input is left alone").containsExactly(0, 1, 2);
  }

  @Test
  void equalIdsKeepFileOrder() {
    assertThat(orders(TieBreak.sorted(tied("b:200", "a:500", "b:404", "a:201"))))
        .containsExactly(1, 3, 0, 2);
  }

  @Test
  void oneExampleWithoutAnIdKeepsEveryoneInFileOrder() {
    assertThat(orders(TieBreak.sorted(tied("c:200", "-:200", "a:200")))).containsExactly(0, 1, 2);
  }

  @Test
  void doc2024TakesTheFirstWith200ByIdElseTheFirst() {
    assertThat(TieBreak.winner(tied("c:200", "a:500", "b:200"), MatchOptions.defaults()).order())
        .isEqualTo(2);
    assertThat(TieBreak.winner(tied("c:404", "a:500", "b:201"), MatchOptions.defaults()).order())
        .isEqualTo(1);
  }

  @Test
  void doc2022TakesTheLastByIdWhateverItsStatus() {
    assertThat(TieBreak.winner(tied("a:200", "c:500", "b:200"), DOC_2022).order()).isEqualTo(1);
    assertThat(TieBreak.winner(tied("-:500", "-:200", "-:404"), DOC_2022).order()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} and {1}: {2} wins with ANY_2XX")
  @CsvSource({"199, 200, 1", "300, 299, 1", "204, 200, 0", "100, 302, 0"})
  void any2xxPrefersTheFirstSuccessStatus(int first, int second, int winner) {
    assertThat(TieBreak.winner(tied("-:" + first, "-:" + second), ANY_2XX).order())
        .isEqualTo(winner);
  }

  @ParameterizedTest(name = "{0}: preferred with EXACTLY_200 {1}, with ANY_2XX {2}")
  @CsvSource({
    "199, false, false",
    "200, true, true",
    "201, false, true",
    "299, false, true",
    "300, false, false"
  })
  void whichStatusesArePreferred(int status, boolean exactly200, boolean any2xx) {
    assertThat(TieBreak.preferred(status, PreferStatus.EXACTLY_200)).isEqualTo(exactly200);
    assertThat(TieBreak.preferred(status, PreferStatus.ANY_2XX)).isEqualTo(any2xx);
  }
}
