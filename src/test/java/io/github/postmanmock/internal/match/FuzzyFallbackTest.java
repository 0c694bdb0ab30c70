package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The indexed engine looks for U8 examples only when the best score so far could still be reached
 * by one (at most 85); these cases sit on that edge and must decide like a full scan.
 */
class FuzzyFallbackTest {

  private static List<Decision> both(HttpCall call, ExampleFixture... examples) {
    MatchEngine engine =
        MatchEngine.of(ExampleFixture.all(examples), Variables.EMPTY, MatchOptions.defaults());
    return List.of(engine.match(call), engine.matchByFullScan(call));
  }

  @Test
  void aFuzzyExampleThatTiesAt85WithAWildcardWinsItsTieBreak() {
    HttpCall call =
        new HttpCall(
            "POST",
            "/customers/7",
            "a=1&b=2",
            List.of(),
            "{\"n\":1}".getBytes(StandardCharsets.UTF_8));
    for (Decision d :
        both(
            call,
            ExampleFixture.of("POST", "/customers/{{id}}?a=1").id("b"),
            ExampleFixture.of("POST", "/custmers/7?a=1&b=2")
                .id("a")
                .requestBody(RequestBody.raw("{\"n\": 1}", "json")))) {
      assertThat(d.example().id()).as("decision %s", d).isEqualTo("a");
      assertThat(d.rule()).isEqualTo(Rule.U8_DOCUMENT_DISTANCE);
      assertThat(d.score()).isEqualTo(85);
      assertThat(d.nearMisses())
          .singleElement()
          .extracting(Candidate::rule)
          .isEqualTo(Rule.U5_WILDCARD);
    }
  }

  @Test
  void examplesDroppedBeforeScoringDoNotStopTheFuzzySearch() {
    HttpCall call =
        new HttpCall("GET", "/profle", "", List.of(Header.of("x-mock-response-code", "200")), null);
    for (Decision d :
        both(
            call,
            ExampleFixture.get("/PROFLE").id("same-shape").code(500),
            ExampleFixture.get("/profile").id("typo"))) {
      assertThat(d.example().id()).as("decision %s", d).isEqualTo("typo");
      assertThat(d.rule()).isEqualTo(Rule.U8_DOCUMENT_DISTANCE);
    }
  }

  @Test
  void nearMissesFromTheShapeAndTheFuzzySearchAreBothNamedClosestPathFirst() {
    HttpCall call =
        new HttpCall(
            "GET",
            "/profile",
            "",
            List.of(Header.of("x-mock-match-request-headers", "X-A"), Header.of("X-A", "v")),
            null);
    for (Decision d :
        both(
            call,
            ExampleFixture.get("/profle").id("fuzzy"),
            ExampleFixture.get("/profile").id("exact"))) {
      assertThat(d.matched()).isFalse();
      assertThat(d.nearMisses())
          .extracting(c -> c.example().id())
          .containsExactly("exact", "fuzzy");
    }
  }
}
