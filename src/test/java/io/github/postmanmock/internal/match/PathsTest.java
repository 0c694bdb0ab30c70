package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How call paths become segments, and the lenient percent-decoding both sides share. */
class PathsTest {

  @ParameterizedTest(name = "[{0}] decodes to [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "%41x | Ax",
        "a%20b | a b",
        "%e2%82%AC | €",
        "caf%C3%A9s | cafés",
        "100% | 100%",
        "%4 | %4",
        "a%4 | a%4",
        "%zz1 | %zz1",
        "%4g | %4g",
        "a+b | a+b",
      })
  void percentEscapesAreDecodedAndBrokenOnesKept(String raw, String decoded) {
    assertThat(Paths.decode(raw, false)).isEqualTo(decoded);
  }

  @Test
  void escapesOfLowBytesAndZeroDigitsCount() {
    assertThat(Paths.decode("a%0Ab", false)).isEqualTo("a\nb");
    assertThat(Paths.decode("%30%0a", false)).isEqualTo("0\n");
  }

  @Test
  void formDecodingTurnsPlusIntoASpace() {
    assertThat(Paths.decode("a+b", true)).isEqualTo("a b");
    assertThat(Paths.decode("a+%2B", true)).isEqualTo("a +");
  }

  @Test
  void aCallPathIsSplitAfterItsLeadingSlash() {
    assertThat(Paths.callSegments("/a/b%2Fc", false)).containsExactly("a", "b/c");
    assertThat(Paths.callSegments("a/b", false)).containsExactly("a", "b");
    assertThat(Paths.callSegments("/a//b/", false)).containsExactly("a", "", "b", "");
    assertThat(Paths.callSegments("/a//b/", true)).containsExactly("a", "b", "");
    assertThat(Paths.callSegments("/", true)).containsExactly("");
    assertThat(Paths.callSegments("//", true)).containsExactly("");
  }
}
