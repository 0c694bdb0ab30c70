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

/** A request line decided before is decided alike, and only a request line alone is remembered. */
class DecisionCacheTest {
  private static MatchEngine engine(MatchOptions options, ExampleFixture... examples) {
    return MatchEngine.of(ExampleFixture.all(examples), Variables.EMPTY, options);
  }

  private static HttpCall call(String target, List<Header> headers, String body) {
    HttpCall plain = HttpCall.of("GET", target);
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return new HttpCall("GET", plain.path(), plain.rawQuery(), headers, bytes);
  }

  private static String chosen(Decision d) {
    return d.matched() ? d.example().name() : "none";
  }

  @Test
  void theSameRequestLineGetsTheDecisionTakenTheFirstTime() {
    MatchEngine engine =
        engine(MatchOptions.defaults(), ExampleFixture.get("/users/{{id}}").name("user"));
    Decision first = engine.match(HttpCall.of("GET", "/users/7?full=1"));
    Decision again = engine.match(HttpCall.of("GET", "/users/7?full=1"));
    assertThat(again).isSameAs(first);
    assertThat(again.captures()).containsEntry("id", "7");
    assertThat(engine.match(HttpCall.of("GET", "/users/8?full=1")).captures())
        .containsEntry("id", "8");
  }

  @Test
  void linesThatDifferOnlyInTheirMethodOrQueryAreRememberedApart() {
    MatchEngine engine =
        engine(
            MatchOptions.defaults(),
            ExampleFixture.get("/pets?kind=cat").name("cats"),
            ExampleFixture.get("/pets?kind=dog").name("dogs"),
            ExampleFixture.of("DELETE", "/pets?kind=cat").name("cats gone"));
    for (int round = 0; round < 2; round++) {
      assertThat(chosen(engine.match(HttpCall.of("GET", "/pets?kind=cat")))).isEqualTo("cats");
      assertThat(chosen(engine.match(HttpCall.of("GET", "/pets?kind=dog")))).isEqualTo("dogs");
      assertThat(chosen(engine.match(HttpCall.of("DELETE", "/pets?kind=cat"))))
          .isEqualTo("cats gone");
    }
  }

  @Test
  void linesWithTheSameHashAreStillToldApart() {
    assertThat("/Aa".hashCode()).isEqualTo("/BB".hashCode());
    MatchEngine engine =
        engine(
            MatchOptions.defaults(),
            ExampleFixture.get("/Aa").name("first"),
            ExampleFixture.get("/BB").name("second"));
    assertThat(chosen(engine.match(HttpCall.of("GET", "/Aa")))).isEqualTo("first");
    assertThat(chosen(engine.match(HttpCall.of("GET", "/BB")))).isEqualTo("second");
  }

  @Test
  void aControlHeaderIsDecidedAfreshOnALineDecidedBefore() {
    MatchEngine engine =
        engine(
            MatchOptions.defaults(),
            ExampleFixture.get("/pets").name("all"),
            ExampleFixture.get("/pets").name("none left").code(404));
    assertThat(chosen(engine.match(call("/pets", List.of(), null)))).isEqualTo("all");
    Decision named =
        engine.match(call("/pets", List.of(Header.of("X-Mock-Response-Name", "none left")), null));
    assertThat(chosen(named)).isEqualTo("none left");
    Decision coded =
        engine.match(call("/pets", List.of(Header.of("x-mock-response-code", "404")), null));
    assertThat(chosen(coded)).isEqualTo("none left");
  }

  @Test
  void aBodyIsDecidedAfreshOnALineDecidedBefore() {
    MatchEngine engine =
        engine(
            MatchOptions.defaults().toBuilder().matchBody(true).build(),
            ExampleFixture.get("/search").name("plain"),
            ExampleFixture.get("/search")
                .name("cats")
                .requestBody(RequestBody.raw("{\"q\":\"cats\"}", "json")));
    assertThat(chosen(engine.match(call("/search", List.of(), null)))).isEqualTo("plain");
    Decision withBody =
        engine.match(
            call(
                "/search",
                List.of(Header.of("Content-Type", "application/json")),
                "{\"q\":\"cats\"}"));
    assertThat(chosen(withBody)).isEqualTo("cats");
  }

  @Test
  void configuredHeaderMatchingDecidesEveryCallAfresh() {
    MatchEngine engine =
        engine(
            MatchOptions.defaults().toBuilder().matchHeaders(List.of("X-Role")).build(),
            ExampleFixture.get("/me").name("admin").requestHeader("X-Role", "admin"),
            ExampleFixture.get("/me").name("guest").requestHeader("X-Role", "guest"));
    Decision admin = engine.match(call("/me", List.of(Header.of("X-Role", "admin")), null));
    Decision guest = engine.match(call("/me", List.of(Header.of("X-Role", "guest")), null));
    assertThat(chosen(admin)).isEqualTo("admin");
    assertThat(chosen(guest)).isEqualTo("guest");
  }

  @Test
  void aRunOfMoreRequestLinesThanItKeepsIsStillDecidedRight() {
    MatchEngine engine =
        engine(
            MatchOptions.defaults(),
            ExampleFixture.get("/items/{{id}}").name("item"),
            ExampleFixture.get("/items/special").name("special"));
    for (int i = 0; i < DecisionCache.LIMIT + 10; i++) {
      assertThat(engine.match(HttpCall.of("GET", "/items/" + i)).captures())
          .containsEntry("id", Integer.toString(i));
    }
    assertThat(chosen(engine.match(HttpCall.of("GET", "/items/special")))).isEqualTo("special");
    assertThat(chosen(engine.match(HttpCall.of("GET", "/items/3")))).isEqualTo("item");
  }

  @Test
  void itKeepsAtMostItsLimitOfRequestLinesAndDecidesAgainAfterStartingOver() {
    DecisionCache cache = new DecisionCache(MatchOptions.defaults());
    int[] decided = {0};
    java.util.function.Function<HttpCall, Decision> decide =
        c -> {
          decided[0]++;
          return Decision.notFound("no example", List.of());
        };
    for (int i = 0; i < DecisionCache.LIMIT; i++) {
      cache.decide(HttpCall.of("GET", "/items/" + i), decide);
    }
    assertThat(cache.size()).isEqualTo(DecisionCache.LIMIT);
    cache.decide(HttpCall.of("GET", "/items/0"), decide);
    assertThat(decided[0]).as("a kept line is not decided again").isEqualTo(DecisionCache.LIMIT);

    cache.decide(HttpCall.of("GET", "/one-more"), decide);

    assertThat(cache.size()).isEqualTo(1);
    cache.decide(HttpCall.of("GET", "/items/0"), decide);
    assertThat(decided[0])
        .as("after starting over, a line is decided again")
        .isEqualTo(DecisionCache.LIMIT + 2);
  }
}
