package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeysTest {
  private final ApiKeys keys = ApiKeys.of(List.of("alpha-key", "béta"));

  @Test
  void aPublicMockAcceptsAnythingAndNothing() {
    assertThat(ApiKeys.NONE.isPrivate()).isFalse();
    assertThat(ApiKeys.NONE.accepts(null)).isTrue();
    assertThat(ApiKeys.NONE.accepts("x")).isTrue();
  }

  @Test
  void acceptsEachConfiguredKeyExactly() {
    assertThat(keys.isPrivate()).isTrue();
    assertThat(keys.accepts("alpha-key")).isTrue();
    assertThat(keys.accepts("béta")).isTrue();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "alpha", "alpha-key ", "ALPHA-KEY", "alpha-keyx", "beta"})
  void refusesEverythingElse(String presented) {
    assertThat(keys.accepts(presented)).isFalse();
  }

  @Test
  void refusesAMissingKeyAndNeverPrintsTheKeys() {
    assertThat(keys.accepts(null)).isFalse();
    assertThat(keys.with("gamma").accepts("gamma")).isTrue();
    assertThat(keys).hasToString("ApiKeys[2 accepted, values hidden]");
  }
}
