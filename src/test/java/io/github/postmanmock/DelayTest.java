package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DelayTest {

  @ParameterizedTest(name = "[{0}] -> {1} ms")
  @CsvSource(
      delimiter = '|',
      value = {
        "2G | 300",
        "2g | 300",
        "3G | 100",
        "'' | 0",
        "none | 0",
        "250 | 250",
        "' 250ms ' | 250",
        "180000 | 180000"
      })
  void parsesPresetsAndMilliseconds(String text, long millis) {
    assertThat(Delay.parse(text).duration()).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"soon", "4G", "-1", "180001", "1.5s"})
  void rejectsAnythingElseSayingWhatIsAccepted(String text) {
    assertThatThrownBy(() -> Delay.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[");
  }

  @Test
  void namesPresetsAndFixedDelays() {
    assertThat(Delay.TWO_G).hasToString("Delay[2G]");
    assertThat(Delay.ofMillis(250)).hasToString("Delay[250 ms]").isEqualTo(Delay.parse("250"));
    assertThat(Delay.ofMillis(0)).isSameAs(Delay.NONE);
  }

  @Test
  void boundsFixedDelaysLikePostmansHeader() {
    assertThatThrownBy(() -> Delay.fixed(Duration.ofMillis(180_001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delay must be from 0 to 180000 ms but was [180001 ms]");
  }
}
