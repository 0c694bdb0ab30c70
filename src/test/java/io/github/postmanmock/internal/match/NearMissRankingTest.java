package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order and the words of the near misses a decision carries. */
class NearMissRankingTest {

  @Test
  void survivorsAreRankedByScoreHighestFirst() {
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(
                ExampleFixture.get("/users/{{id}}").id("wild"),
                ExampleFixture.get("/Users/7").id("case"),
                ExampleFixture.get("/users/7/").id("slash"),
                ExampleFixture.get("/users/7").id("exact")),
            Variables.EMPTY,
            MatchOptions.defaults());
    Decision d = engine.match(HttpCall.of("GET", "/users/7"));
    assertThat(d.example().id()).isEqualTo("exact");
    assertThat(d.nearMisses())
        .extracting(Candidate::reason)
        .containsExactly(
            "scored 95 (U2_TRAILING_SLASH), winner scored 100",
            "scored 90 (U3_CASE), winner scored 100",
            "scored 80 (U5_WILDCARD), winner scored 100");
  }

  @Test
  void theIndexNamesOnlyOtherMethodsWithTheCallsPathShape() {
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(
                ExampleFixture.of("POST", "/login").id("login"),
                ExampleFixture.of("DELETE", "/users/7").id("delete"),
                ExampleFixture.get("/orders").id("orders")),
            Variables.EMPTY,
            MatchOptions.defaults());
    HttpCall call = HttpCall.of("GET", "/users/8");
    assertThat(engine.match(call).nearMisses())
        .extracting(c -> c.example().id() + ": " + c.reason())
        .containsExactly("delete: method is DELETE, call is GET");
    assertThat(engine.matchByFullScan(call).nearMisses())
        .extracting(c -> c.example().id())
        .containsExactly("orders", "login", "delete");
  }

  @Test
  void theEngineKeepsItsVariables() {
    Variables variables =
        Variables.of(
            List.of(io.github.postmanmock.internal.model.Variable.of("v", "1")), List.of());
    MatchEngine engine = MatchEngine.of(List.of(), variables, MatchOptions.defaults());
    assertThat(engine.variables()).isSameAs(variables);
  }
}
