package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseDelayTest {
  private static final Duration CONFIGURED = Duration.ofMillis(300);

  @ParameterizedTest(name = "[{0}] -> {1} ms, ignored {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1        | 1      | false",
        "250      | 250    | false",
        "' 250 '  | 250    | false",
        "180000   | 180000 | false",
        "0        | 300    | true",
        "180001   | 300    | true",
        "-1       | 300    | true",
        "1.5      | 300    | true",
        "soon     | 300    | true",
        "''       | 300    | true",
        "99999999999999999999 | 300 | true"
      })
  void theHeaderWinsOnlyWhenItIsAWholeNumberInRange(String value, long millis, boolean ignored) {
    HttpCall call =
        new HttpCall("GET", "/d", "", List.of(Header.of("X-Mock-Response-Delay", value)), null);

    ResponseDelay delay = ResponseDelay.of(call, CONFIGURED);

    assertThat(delay.delay()).isEqualTo(Duration.ofMillis(millis));
    assertThat(delay.note().isEmpty()).isEqualTo(!ignored);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0", "300"})
  void withoutTheHeaderTheMockDelayApplies(long configured) {
    ResponseDelay delay = ResponseDelay.of(HttpCall.of("GET", "/d"), Duration.ofMillis(configured));

    assertThat(delay.delay()).isEqualTo(Duration.ofMillis(configured));
    assertThat(delay.note()).isEmpty();
  }

  @Test
  void theNoteNamesTheValueWithoutControlCharacters() {
    HttpCall call =
        new HttpCall(
            "GET", "/d", "", List.of(Header.of("x-mock-response-delay", "a\u0000b")), null);

    assertThat(ResponseDelay.of(call, CONFIGURED).note())
        .isEqualTo(
            "Ignored x-mock-response-delay [a b]: it must be a whole number of milliseconds from 1"
                + " to 180000; the mock's delay of [300 ms] applied");
  }
}
