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
  void survivorsOfOnePathAreRankedByScoreHighestFirst() {
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(
                ExampleFixture.get("/users/7?c=3").id("none"),
                ExampleFixture.get("/users/7").id("plain"),
                ExampleFixture.get("/users/7?a=1").id("half"),
                ExampleFixture.get("/users/7?a=1&b=2").id("exact")),
            Variables.EMPTY,
            MatchOptions.defaults());
    Decision d = engine.match(HttpCall.of("GET", "/users/7?a=1&b=2"));
    assertThat(d.example().id()).isEqualTo("exact");
    assertThat(d.nearMisses())
        .extracting(c -> c.example().id() + " " + NearMisses.format(c.score()))
        .containsExactly("half 105", "plain 98", "none 97");
  }

  @Test
  void whenAnExampleWinsTheIndexNamesOnlyOtherMethodsWithTheCallsPathShape() {
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(
                ExampleFixture.of("POST", "/login").id("login"),
                ExampleFixture.of("DELETE", "/users/7").id("delete"),
                ExampleFixture.get("/users/{{id}}").id("get")),
            Variables.EMPTY,
            MatchOptions.defaults());
    HttpCall call = HttpCall.of("GET", "/users/8");
    assertThat(engine.match(call).nearMisses())
        .extracting(c -> c.example().id() + ": " + c.reason())
        .containsExactly("delete: method is DELETE, call is GET");
    assertThat(engine.matchByFullScan(call).nearMisses())
        .extracting(c -> c.example().id())
        .containsExactly("delete", "login");
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
