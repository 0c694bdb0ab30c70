package io.github.postmanmock.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderValuesTest {

  static Stream<Arguments> attacks() {
    return Stream.of(
        Arguments.of("t1\r\nSet-Cookie: session=stolen", "t1 Set-Cookie: session=stolen"),
        Arguments.of("t1\nX-Injected: 1", "t1 X-Injected: 1"),
        Arguments.of("t1\rX-Injected: 1", "t1 X-Injected: 1"),
        Arguments.of("a\r\n\r\n<html>body</html>", "a <html>body</html>"),
        Arguments.of("nul\u0000byte", "nul byte"),
        Arguments.of("bell\u0007and\u001Besc", "bell and esc"),
        Arguments.of("del\u007Fchar", "del char"),
        Arguments.of("nel\u0085line\u2028sep\u2029par", "nel line sep par"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("attacks")
  void replacesEachRunOfControlCharactersWithOneSpace(String attack, String expected) {
    assertThat(HeaderValues.isSafe(attack)).isFalse();
    assertThat(HeaderValues.sanitize(attack)).isEqualTo(expected);
  }

  static Stream<Arguments> wideCharacters() {
    return Stream.of(
        Arguments.of("a\u010D\u010AX-Injected: yes", "a%C4%8D%C4%8AX-Injected: yes"),
        Arguments.of("nul\u0100byte", "nul%C4%80byte"),
        Arguments.of("caf\u00e9 \u20ac", "caf%C3%A9 %E2%82%AC"),
        Arguments.of("pile \uD83D\uDCA9", "pile %F0%9F%92%A9"),
        Arguments.of("lone \uD83D surrogate", "lone ? surrogate"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("wideCharacters")
  void percentEncodesEveryCharacterBeyondAsciiAsItsUtf8Bytes(String value, String expected) {
    assertThat(HeaderValues.isSafe(value)).isFalse();
    assertThat(HeaderValues.sanitize(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "plain", "tab\tkept", "a=b; Path=/; HttpOnly"})
  void leavesSafeTextUnchanged(String value) {
    assertThat(HeaderValues.isSafe(value)).isTrue();
    assertThat(HeaderValues.sanitize(value)).isSameAs(value);
  }

  @Property
  void resultIsOnlyVisibleAsciiSpaceAndTab(@ForAll String anything) {
    String safe = HeaderValues.sanitize(anything);
    assertThat(safe.chars()).allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7F));
    assertThat(HeaderValues.isSafe(safe)).isTrue();
  }
}
