package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule U8 compares the path forms the other options ask for: lower case only when case is ignored,
 * trailing slashes removed only when they are ignored, and an empty segment only with another.
 */
class FuzzyPathOptionsTest {

  private static Rule rule(String example, String call, boolean ignoreCase, boolean slash) {
    MatchOptions options =
        MatchOptions.defaults().toBuilder()
            .ignoreCase(ignoreCase)
            .ignoreTrailingSlash(slash)
            .collapseSlashes(false)
            .idDetection(MatchOptions.IdDetection.NONE)
            .build();
    MatchEngine engine =
        MatchEngine.of(ExampleFixture.all(ExampleFixture.get(example)), Variables.EMPTY, options);
    HttpCall c = HttpCall.of("GET", call);
    Decision full = engine.matchByFullScan(c);
    assertThat(engine.match(c).rule()).isEqualTo(full.rule());
    return full.rule();
  }

  @ParameterizedTest(name = "example {0}, call {1}, ignoreCase {2}, ignoreTrailingSlash {3}: {4}")
  @CsvSource(
      nullValues = "none",
      value = {
        "/Profile, /profle, true, true, U8_DOCUMENT_DISTANCE",
        "/Profile, /profle, false, true, none",
        "/Profile, /profle, false, false, none",
        "/profile, /profle, false, false, U8_DOCUMENT_DISTANCE",
        "/profile/, /profle, true, true, U8_DOCUMENT_DISTANCE",
        "/profile/, /profle, true, false, none",
        "/profile, /profle/, true, false, none",
        "/profile/, /profle, false, false, none",
        "/profile, /profle/, false, false, none",
        "/profile/, /profle, false, true, U8_DOCUMENT_DISTANCE",
        "/Profile/, /profle/, true, false, U8_DOCUMENT_DISTANCE",
        "/profile/, /profle/x, true, false, none",
        "/profile/x, /profle/, true, false, none",
        "/a//profile, /a//profle, true, false, U8_DOCUMENT_DISTANCE",
      })
  void u8ComparesTheFormsTheOptionsChoose(
      String example, String call, boolean ignoreCase, boolean slash, Rule expected) {
    assertThat(rule(example, call, ignoreCase, slash)).isEqualTo(expected);
  }
}
