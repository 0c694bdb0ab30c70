package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathRulesTest {

  private static Decision match(String examplePath, String callPath, MatchOptions options) {
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(ExampleFixture.get("{{baseUrl}}" + examplePath).id("e")),
            Variables.EMPTY,
            options);
    return engine.match(HttpCall.of("GET", callPath));
  }

  @ParameterizedTest(name = "{0}: example {1}, call {2}")
  @CsvSource({
    "U1_EXACT, /users, /users",
    "U2_TRAILING_SLASH, /users, /users/",
    "U2_TRAILING_SLASH, /users/, /users",
    "U2_TRAILING_SLASH, /users, /users///",
    "U3_CASE, /users, /Users",
    "U4_CASE_AND_TRAILING_SLASH, /users/, /USERS",
    "U5_WILDCARD, /users/{{id}}, /users/42",
    "U5_WILDCARD, /users/{{id}}, /users/42/",
    "U5_WILDCARD, /a/{{x}}/c/{{y}}, /a/1/c/two",
    "U6_IDS, /orders/1, /orders/2",
    "U6_IDS, /orders/1/lines/2, /orders/9/lines/8",
    "U6_IDS, /orders/1, /orders/5fe3c6a0-2b4e-4e8f-9c3d-0a1b2c3d4e5f",
    "U7_IDS_AND_TRAILING_SLASH, /accounts, /accounts/42",
    "U7_IDS_AND_TRAILING_SLASH, /accounts/42, /accounts",
    "U7_IDS_AND_TRAILING_SLASH, /accounts/42/, /accounts/7",
    "U8_DOCUMENT_DISTANCE, /profile, /profle",
    "U8_DOCUMENT_DISTANCE, /users/settings, /users/setings",
    "U8_DOCUMENT_DISTANCE, /users/{{id}}/profile, /users/5/profle",
  })
  void defaultOptionsApplyTheFirstRuleThatHolds(String rule, String example, String call) {
    Decision d = match(example, call, MatchOptions.defaults());
    assertThat(d.rule()).isEqualTo(Rule.valueOf(rule));
    assertThat(d.score()).isEqualTo(Rule.valueOf(rule).baseScore());
  }

  @ParameterizedTest(name = "example {0}, call {1}")
  @CsvSource({
    "/users, /orders",
    "/users/{{id}}, /users",
    "/users/{{id}}, /users/1/2",
    "/orders/123, /orders/abc",
    "/x, /",
    "/, /x",
    "/, /123",
    "/profile, /p",
    "/a/b, /a/b/c/d",
  })
  void pathsNoRuleJoinsAreNotFound(String example, String call) {
    assertThat(match(example, call, MatchOptions.defaults()).matched()).isFalse();
  }

  @Nested
  class Options {
    @ParameterizedTest(name = "example {0}, call {1}")
    @CsvSource({"/users, /users/", "/users, /Users", "/orders/1, /orders/2", "/profile, /profle"})
    void strictMatchesOnlyExactPathsAndWildcards(String example, String call) {
      assertThat(match(example, call, MatchOptions.strict()).matched()).isFalse();
      assertThat(match("/users/{{id}}", "/users/1", MatchOptions.strict()).rule())
          .isEqualTo(Rule.U5_WILDCARD);
    }

    @Test
    void aLowerThresholdLetsMoreDistantSegmentsMatch() {
      MatchOptions loose = MatchOptions.defaults().toBuilder().fuzzyThreshold(0.5).build();
      assertThat(match("/profile", "/prfl", MatchOptions.defaults()).matched()).isFalse();
      assertThat(match("/profile", "/prfle", loose).rule()).isEqualTo(Rule.U8_DOCUMENT_DISTANCE);
    }

    @Test
    void longSegmentsCountAsIdsWhenAsked() {
      String a = "/t/" + "a".repeat(256);
      String b = "/t/" + "b".repeat(300);
      MatchOptions withLong =
          MatchOptions.defaults().toBuilder()
              .idDetection(new MatchOptions.IdDetection(true, true, true, null))
              .build();
      assertThat(match(a, b, MatchOptions.defaults()).matched()).isFalse();
      assertThat(match(a, b, withLong).rule()).isEqualTo(Rule.U6_IDS);
    }

    @Test
    void aCustomIdPatternDecidesIdsAndStillFindsCandidates() {
      MatchOptions custom =
          MatchOptions.defaults().toBuilder()
              .idDetection(
                  new MatchOptions.IdDetection(false, false, false, Pattern.compile("[A-Z]{3}")))
              .build();
      Decision d = match("/codes/ABC", "/codes/XYZ", custom);
      assertThat(d.rule()).isEqualTo(Rule.U6_IDS);
      assertThat(match("/codes/1", "/codes/2", custom).matched()).isFalse();
    }

    @Test
    void withoutCollapsingDoubledSlashesStayEmptySegments() {
      MatchOptions keep = MatchOptions.defaults().toBuilder().collapseSlashes(false).build();
      assertThat(match("/orders", "//orders", MatchOptions.defaults()).rule())
          .isEqualTo(Rule.U1_EXACT);
      assertThat(match("/orders", "//orders", keep).matched()).isFalse();
    }
  }

  @Nested
  class Captures {
    @Test
    void wildcardValuesAreTheDecodedCallSegments() {
      Decision d =
          match("/files/{{name}}/v/{{version}}", "/files/a%20b%2Fc/v/2", MatchOptions.defaults());
      assertThat(d.captures()).containsEntry("name", "a b/c").containsEntry("version", "2");
    }

    @Test
    void pathVariablesWithoutValueCaptureUnderTheirName() {
      MatchEngine engine =
          MatchEngine.of(
              List.of(
                  ExampleFixture.get("{{baseUrl}}/pets/:petId").pathVariable("petId", "").build(0)),
              Variables.EMPTY,
              MatchOptions.defaults());
      Decision d = engine.match(HttpCall.of("GET", "/pets/rex"));
      assertThat(d.rule()).isEqualTo(Rule.U5_WILDCARD);
      assertThat(d.captures()).isEqualTo(java.util.Map.of("petId", "rex"));
    }
  }
}
