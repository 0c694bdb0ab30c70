package io.github.postmanmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static final Map<String, String> PROPS = Map.of("port", "8123", "host", "127.0.0.1");

  @Test
  void fillsEveryPlaceholderAndUsesFallbacks() {
    assertThat(Placeholders.fill("http://${host}:${port}/v1", "here", PROPS::get))
        .isEqualTo("http://127.0.0.1:8123/v1");
    assertThat(Placeholders.fill("http://localhost:${other:9000}", "here", PROPS::get))
        .isEqualTo("http://localhost:9000");
    assertThat(Placeholders.fill("no placeholder", "here", PROPS::get)).isEqualTo("no placeholder");
  }

  @Test
  void unsetPropertyAndUnclosedPlaceholderNameTheProblem() {
    assertThatThrownBy(
            () -> Placeholders.fill("http://x:${missing}", "@PostmanMock on [T]", PROPS::get))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("@PostmanMock on [T] uses the system property [missing]");
    assertThatThrownBy(() -> Placeholders.fill("http://x:${port", "here", PROPS::get))
        .hasMessage("here has an unclosed placeholder in [http://x:${port]: write ${name}");
  }
}
