package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edit distance and the U8 similarity test built on it (SPEC §2.6 item 6). */
class LevenshteinTest {

  @ParameterizedTest(name = "[{0}] to [{1}]: {2}")
  @CsvSource({
    "kitten, sitting, 3",
    "x, ab, 2",
    "ab, x, 2",
    "'', abc, 3",
    "abc, '', 3",
    "abc, abc, 0",
    "abc, abd, 1",
    "profile, profle, 1",
    "ab, ba, 2",
  })
  void distanceCountsInsertionsDeletionsAndSubstitutions(String a, String b, int distance) {
    assertThat(Levenshtein.distance(a, b)).isEqualTo(distance);
  }

  @ParameterizedTest(name = "call [{0}], example [{1}], threshold {2}: {3}")
  @CsvSource({
    "profle, profile, 0.75, true",
    "prfle, profile, 0.75, false",
    "abcd, abce, 0.75, true",
    "abcd, abef, 0.75, false",
    "abcd, abef, 0.5, true",
    "abc, abd, 0.75, false",
    "abcdefgh, abcdefghij, 0.75, true",
    "abcdefgh, abcdefghijk, 0.75, false",
  })
  void similarMeansTheDistanceFitsTheCallLength(
      String call, String example, double threshold, boolean similar) {
    assertThat(Levenshtein.similar(call, example, threshold)).isEqualTo(similar);
  }
}
