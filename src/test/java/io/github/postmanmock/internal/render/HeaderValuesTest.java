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

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "plain", "tab\tkept", "ünïcödé €", "a=b; Path=/; HttpOnly"})
  void leavesSafeTextUnchanged(String value) {
    assertThat(HeaderValues.isSafe(value)).isTrue();
    assertThat(HeaderValues.sanitize(value)).isSameAs(value);
  }

  @Property
  void resultNeverContainsALineBreakOrControlCharacter(@ForAll String anything) {
    String safe = HeaderValues.sanitize(anything);
    assertThat(safe).doesNotContain("\r", "\n", "\u0000");
    assertThat(HeaderValues.isSafe(safe)).isTrue();
    assertThat(safe.length()).isLessThanOrEqualTo(anything.length());
  }
}
