package io.github.postmanmock.standalone;

import static io.github.postmanmock.standalone.ProcessFlags.WATCH;
import static io.github.postmanmock.standalone.ServeFlags.ADMIN_PREFIX;
import static io.github.postmanmock.standalone.ServeFlags.API_KEY;
import static io.github.postmanmock.standalone.ServeFlags.CORS;
import static io.github.postmanmock.standalone.ServeFlags.DELAY;
import static io.github.postmanmock.standalone.ServeFlags.ENVIRONMENT;
import static io.github.postmanmock.standalone.ServeFlags.HOST;
import static io.github.postmanmock.standalone.ServeFlags.MAX_BODY;
import static io.github.postmanmock.standalone.ServeFlags.MAX_CALLS;
import static io.github.postmanmock.standalone.ServeFlags.MAX_LOG_BODY_BYTES;
import static io.github.postmanmock.standalone.ServeFlags.MAX_LOG_BYTES;
import static io.github.postmanmock.standalone.ServeFlags.PORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.internal.server.ServerSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentsTest {

  @Nested
  class Serve {
    @Test
    void takesDefaultsForEveryOption() {
      Arguments a = Arguments.parse("serve", "pets.json");

      assertThat(a.command()).isEqualTo(Arguments.Command.SERVE);
      assertThat(a.collection()).isEqualTo(Path.of("pets.json"));
      assertThat(a.value(ENVIRONMENT)).isEmpty();
      assertThat(a.value(HOST)).hasValue("127.0.0.1");
      assertThat(a.value(PORT)).hasValue(3000);
      assertThat(a.values(API_KEY)).isEmpty();
      assertThat(a.value(DELAY)).isEmpty();
      assertThat(a.value(CORS)).isEmpty();
      assertThat(a.isOn(WATCH)).isFalse();
      assertThat(a.value(ADMIN_PREFIX)).hasValue("/__mock");
      assertThat(a.value(MAX_BODY)).hasValue(ServerSettings.POSTMAN_BODY_LIMIT);
      assertThat(a.value(MAX_CALLS)).hasValue(10_000);
      assertThat(a.value(MAX_LOG_BYTES)).isEmpty();
      assertThat(a.value(MAX_LOG_BODY_BYTES)).isEmpty();
    }

    @Test
    void readsTheCallLogsByteLimits() {
      Arguments a =
          Arguments.parse(
              "serve", "pets.json", "--max-log-bytes", "5000000000", "--max-log-body-bytes=0");

      assertThat(a.value(MAX_LOG_BYTES)).hasValue(5_000_000_000L);
      assertThat(a.value(MAX_LOG_BODY_BYTES)).hasValue(0);
    }

    @Test
    void refusesACallLogByteLimitBelowOne() {
      assertThatThrownBy(() -> Arguments.parse("serve", "pets.json", "--max-log-bytes", "0"))
          .isInstanceOf(UsageException.class)
          .hasMessage("Option [--max-log-bytes]: maxRecordedBytes must be at least 1 but was [0]");
    }

    @Test
    void readsEveryOptionWithSpaceOrEquals() {
      Arguments a =
          Arguments.parse(
              "serve",
              "--environment",
              "dev.json",
              "--port=0",
              "--host",
              "0.0.0.0",
              "pets.json",
              "--api-key",
              "k1",
              "--api-key=k2",
              "--delay",
              "250",
              "--cors=EXAMPLES_ONLY",
              "--watch",
              "--admin-prefix",
              "/_admin",
              "--max-body",
              "2048",
              "--max-calls=50");

      assertThat(a.collection()).isEqualTo(Path.of("pets.json"));
      assertThat(a.value(ENVIRONMENT)).hasValue(Path.of("dev.json"));
      assertThat(a.value(PORT)).hasValue(0);
      assertThat(a.value(HOST)).hasValue("0.0.0.0");
      assertThat(a.values(API_KEY)).containsExactly("k1", "k2");
      assertThat(a.value(DELAY)).isEqualTo(Optional.of(Delay.ofMillis(250)));
      assertThat(a.value(CORS)).hasValue(CorsMode.EXAMPLES_ONLY);
      assertThat(a.isOn(WATCH)).isTrue();
      assertThat(a.value(ADMIN_PREFIX)).hasValue("/_admin");
      assertThat(a.value(MAX_BODY)).hasValue(2048L);
      assertThat(a.value(MAX_CALLS)).hasValue(50);
    }

    @Test
    void theLastOfARepeatedOptionCountsButKeysAndHostsAddUp() {
      Arguments a =
          Arguments.parse(
              "serve",
              "pets.json",
              "-e",
              "a.json",
              "--environment=b.json",
              "-p",
              "1",
              "-p",
              "2",
              "--api-key",
              "k1",
              "--api-key",
              "k2",
              "--allow-host",
              "h1",
              "--allow-host",
              "h2");

      assertThat(a.values(ENVIRONMENT)).containsExactly(Path.of("b.json"));
      assertThat(a.value(PORT)).hasValue(2);
      assertThat(a.values(API_KEY)).containsExactly("k1", "k2");
      assertThat(a.values(ServeFlags.ALLOW_HOST)).containsExactly("h1", "h2");
    }

    @Test
    void delayTakesPostmansPresets() {
      assertThat(Arguments.parse("serve", "a.json", "--delay", "2G").value(DELAY))
          .hasValue(Delay.TWO_G);
    }

    @Test
    void shortFormsWork() {
      Arguments a = Arguments.parse("serve", "-e", "dev.json", "-p", "8080", "-w", "pets.json");

      assertThat(
              List.of(
                  a.value(ENVIRONMENT).orElseThrow(), a.value(PORT).orElseThrow(), a.isOn(WATCH)))
          .containsExactly(Path.of("dev.json"), 8080, true);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--help", "-h", "serve x.json --help"})
  void helpWinsOverEverythingElse(String line) {
    assertThat(Arguments.parse(line.split(" ")).command()).isEqualTo(Arguments.Command.HELP);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"--version", "-V"})
  void versionIsACommand(String flag) {
    assertThat(Arguments.parse(flag).command()).isEqualTo(Arguments.Command.VERSION);
  }

  @Test
  void httpsIsOffUnlessAskedForAndAKeyStoreImpliesIt() {
    assertThat(Arguments.parse("serve", "pets.json").https()).isEqualTo(Arguments.Https.OFF);
    assertThat(Arguments.parse("serve", "pets.json", "--https", "--print-certificate").https())
        .isEqualTo(new Arguments.Https(true, Optional.empty(), "", true));
    assertThat(
            Arguments.parse("serve", "pets.json", "--keystore", "k.p12", "--keystore-password=pw")
                .https())
        .isEqualTo(new Arguments.Https(true, Optional.of(Path.of("k.p12")), "pw", false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(nothing)                       | No command given",
        "start pets.json                 | Unknown command [start]",
        "serve                           | Missing the collection file",
        "serve a.json b.json             | Unexpected argument [b.json]",
        "serve a.json --port             | Option [--port] needs a value",
        "serve a.json --port 70000       | Option [--port]: port must be in [0, 65535] but was [70000]",
        "serve a.json --port http        | but was [http]",
        "serve a.json --delay 180001     | Option [--delay]: delay must be from 0 to 180000 ms but was [180001 ms]",
        "serve a.json --delay 4G         | Option [--delay]: delay must be \"2G\", \"3G\", \"none\" or milliseconds such as \"250\" but was [\"4G\"]",
        "serve a.json --cors sometimes   | Option [--cors] must be one of [auto, examples-only, off]",
        "serve a.json --max-body -2      | Option [--max-body]: maxBodyBytes must be -1 (no limit) or at least 0 but was [-2]",
        "serve a.json --max-calls 0      | Option [--max-calls]: maxRecordedCalls must be at least 1 but was [0]",
        "serve a.json --api-key=        | Option [--api-key]: apiKey must not be blank",
        "serve a.json --verbose          | Unknown option [--verbose]",
        "serve a.json --watch=yes        | Option [--watch] takes no value",
        "serve a.json --environment --watch | Option [--environment] needs a value",
        "serve a.json --https=yes        | Option [--https] takes no value",
        "serve a.json --keystore-password p | Option [--keystore-password] needs [--keystore FILE]",
        "serve a.json --print-certificate | Option [--print-certificate] needs [--https]",
      })
  void badCommandLinesSayWhatIsWrong(String line, String message) {
    String[] args = line.equals("(nothing)") ? new String[0] : line.split(" +");

    assertThatThrownBy(() -> Arguments.parse(args))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining(message);
  }
}
