package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.match.Candidate.Step;
import io.github.postmanmock.internal.model.BareRequest;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchEngineTest {

  private static MatchEngine engine(MatchOptions options, ExampleFixture... examples) {
    return MatchEngine.of(ExampleFixture.all(examples), Variables.EMPTY, options);
  }

  private static MatchEngine engine(ExampleFixture... examples) {
    return engine(MatchOptions.defaults(), examples);
  }

  private static HttpCall call(String method, String target, String... headerPairs) {
    HttpCall plain = HttpCall.of(method, target);
    List<Header> headers = new ArrayList<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(Header.of(headerPairs[i], headerPairs[i + 1]));
    }
    return new HttpCall(plain.method(), plain.path(), plain.rawQuery(), headers, null);
  }

  @Nested
  class SelectionHeaders {
    @Test
    void methodIsComparedUpperCase() {
      Decision d = engine(ExampleFixture.of("get", "/x").id("a")).match(HttpCall.of("Get", "/x"));
      assertThat(d.example().id()).isEqualTo("a");
    }

    @Test
    void byNameComputesCapturesWhenThePathsAlign() {
      Decision d =
          engine(ExampleFixture.get("/users/{{id}}").name("one"))
              .match(call("GET", "/users/ann", "x-mock-response-name", "one"));
      assertThat(d.rule()).isEqualTo(Rule.BY_NAME);
      assertThat(d.captures()).containsEntry("id", "ann");
    }

    @Test
    void byIdSkipsThePathQueryAndBodySteps() {
      Decision d =
          engine(ExampleFixture.get("/a").id("first"), ExampleFixture.get("/b").id("second"))
              .match(call("GET", "/zzz?q=1", "X-Mock-Response-Id", "first"));
      assertThat(d.example().id()).isEqualTo("first");
      assertThat(d.rule()).isEqualTo(Rule.BY_ID);
    }

    @Test
    void anUnknownIdIsNotFoundWithAReason() {
      Decision d =
          engine(ExampleFixture.get("/a").id("first"))
              .match(call("GET", "/a", "x-mock-response-id", "nope"));
      assertThat(d.matched()).isFalse();
      assertThat(d.reason()).contains("[nope]");
      assertThat(d.nearMisses()).extracting(Candidate::step).containsExactly(Step.RESPONSE_ID);
    }

    @Test
    void aCodeThatIsNotANumberMatchesNothing() {
      Decision d =
          engine(ExampleFixture.get("/a").id("a"))
              .match(call("GET", "/a", "x-mock-response-code", "abc"));
      assertThat(d.matched()).isFalse();
      assertThat(d.nearMisses())
          .extracting(Candidate::reason)
          .containsExactly("status is 200, call asks for abc");
    }
  }

  @Nested
  class TieBreaks {
    @Test
    void examplesWithoutIdsTieInFileOrderThenPrefer200() {
      Decision d =
          engine(
                  ExampleFixture.get("/t").code(500),
                  ExampleFixture.get("/t").code(200),
                  ExampleFixture.get("/t").code(200))
              .match(HttpCall.of("GET", "/t"));
      assertThat(d.example().order()).isEqualTo(1);
    }

    @Test
    void fuzzyMatchesTieAt70AndUseTheNormalTieBreak() {
      Decision d =
          engine(
                  ExampleFixture.get("/profiles").id("b").code(500),
                  ExampleFixture.get("/profile").id("a").code(500))
              .match(HttpCall.of("GET", "/profle"));
      assertThat(d.rule()).isEqualTo(Rule.U8_DOCUMENT_DISTANCE);
      assertThat(d.score()).isEqualTo(70);
      assertThat(d.example().id()).isEqualTo("a");
    }
  }

  @Nested
  class HeaderAndBody {
    @Test
    void aListedHeaderAbsentOnBothSidesCountsAsEqual() {
      Decision d =
          engine(ExampleFixture.get("/me").id("a"))
              .match(call("GET", "/me", "x-mock-match-request-headers", " X-Tenant , X-Role"));
      assertThat(d.matched()).isTrue();
    }

    @Test
    void headerValuesIgnoreCaseOnlyWhenAsked() {
      ExampleFixture admin = ExampleFixture.get("/me").id("a").requestHeader("X-Role", "Admin");
      HttpCall lower =
          call("GET", "/me", "X-Role", "admin", "x-mock-match-request-headers", "x-role");
      assertThat(engine(admin).match(lower).matched()).isFalse();
      MatchOptions ci =
          MatchOptions.defaults().toBuilder().headerValueCaseInsensitive(true).build();
      assertThat(
              engine(ci, ExampleFixture.get("/me").id("a").requestHeader("X-Role", "Admin"))
                  .match(lower)
                  .matched())
          .isTrue();
    }

    @Test
    void theBodyBonusNeedsANonEmptyCallBody() {
      MatchEngine e = engine(ExampleFixture.of("POST", "/p").id("a"));
      assertThat(e.match(HttpCall.of("POST", "/p")).score()).isEqualTo(100);
    }

    @Test
    void perCallBodyMatchingBeatsTheConfiguration() {
      MatchOptions on = MatchOptions.defaults().toBuilder().matchBody(true).build();
      MatchEngine e =
          engine(
              on, ExampleFixture.of("POST", "/p").id("a").requestBody(RequestBody.raw("x", null)));
      HttpCall y = new HttpCall("POST", "/p", "", List.of(), "y".getBytes(StandardCharsets.UTF_8));
      assertThat(e.match(y).matched()).isFalse();
      HttpCall off =
          new HttpCall(
              "POST", "/p", "", List.of(Header.of("x-mock-match-request-body", "false")), y.body());
      assertThat(e.match(off).matched()).isTrue();
    }
  }

  @Nested
  class NearMisses {
    private final MatchEngine engine =
        engine(
            ExampleFixture.of("POST", "/users/7").id("post"),
            ExampleFixture.get("/orders/7").id("orders"),
            ExampleFixture.get("/users/7?a=1&b=2").id("query"),
            ExampleFixture.get("/users/7").id("role").requestHeader("X-Role", "admin"),
            ExampleFixture.get("/users/7").id("body").requestBody(RequestBody.raw("{}", "json")));

    private Candidate miss(Decision d, String id) {
      return d.nearMisses().stream()
          .filter(c -> id.equals(c.example().id()))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void sayInPlainWordsWhyEachExampleDidNotWin() {
      Decision d =
          engine.match(
              call(
                  "GET",
                  "/users/7?a=1",
                  "x-mock-match-request-headers",
                  "X-Role",
                  "X-Role",
                  "user"));
      assertThat(d.matched()).isFalse();
      assertThat(d.reason()).contains("header filter");
      assertThat(miss(d, "post").reason()).isEqualTo("method is POST, call is GET");
      assertThat(miss(d, "role").reason()).isEqualTo("header X-Role is [admin], call has [user]");
      assertThat(miss(d, "query").reason()).isEqualTo("header X-Role is [], call has [user]");
    }

    @Test
    void rankTheClosestPathFirstThenSurvivorsThenLaterDropouts() {
      Decision d = engine.matchByFullScan(call("GET", "/users/7", "x-mock-response-code", "200"));
      assertThat(d.example().id()).isEqualTo("body");
      assertThat(d.nearMisses())
          .extracting(Candidate::step)
          .containsExactly(Step.SCORE, Step.SCORE, Step.METHOD, Step.PATH);
      assertThat(miss(d, "query").reason()).contains("query: 0 of 2 parameters match");
      assertThat(miss(d, "role").reason()).isEqualTo("scored 100 (U1_EXACT), lost the tie-break");
      assertThat(miss(d, "orders").reason())
          .isEqualTo("path [/orders/7] does not match the call's [/users/7]");
    }

    @Test
    void bodyFilterDropoutsAreExplained() {
      HttpCall c =
          new HttpCall(
              "GET",
              "/users/7",
              "",
              List.of(Header.of("x-mock-match-request-body", "true")),
              "[1]".getBytes(StandardCharsets.UTF_8));
      Decision d = engine.match(c);
      assertThat(d.matched()).isFalse();
      assertThat(d.reason()).contains("body filter");
      assertThat(miss(d, "body").reason()).isEqualTo("body differs");
    }

    @Test
    void anExampleWithTheCallsPathButAnotherMethodRanksFirst() {
      MatchEngine e =
          engine(
              ExampleFixture.of("POST", "/2/tweets").id("create"),
              ExampleFixture.of("POST", "/2/users/{{id}}/likes").id("like"),
              ExampleFixture.of("POST", "/2/dm_conversations").id("dm"),
              ExampleFixture.get("/2/tweets/:id").id("lookup"));

      Decision d = e.match(HttpCall.of("POST", "/2/tweet/20"));

      assertThat(d.matched()).isFalse();
      assertThat(d.nearMisses()).extracting(c -> c.example().id()).startsWith("lookup");
      assertThat(d.nearMisses().get(0).reason()).isEqualTo("method is GET, call is POST");
    }

    @Test
    void whenNothingMatchesExamplesTheIndexSkippedAreRankedByPathToo() {
      MatchEngine e =
          engine(
              ExampleFixture.get("/pets/{{id}}").id("rex"),
              ExampleFixture.of("POST", "/pets").id("created"),
              ExampleFixture.of("POST", "/pets/{{id}}/toys").id("toys"),
              ExampleFixture.of("POST", "/health").id("health"));

      Decision d = e.match(HttpCall.of("POST", "/pets/1/toy"));

      assertThat(d.nearMisses())
          .extracting(c -> c.example().id())
          .containsExactly("toys", "rex", "created", "health");
      assertThat(d.nearMisses().get(0).reason())
          .isEqualTo("path [/pets/{{id}}/toys] does not match the call's [/pets/1/toy]");
    }

    @Test
    void aPathVariableWithASavedValueIsShownAsTheEngineComparesIt() {
      MatchEngine e =
          engine(
              ExampleFixture.get("/2/users/by/username/:username")
                  .pathVariable("username", "TwitterDev")
                  .id("dev"));

      Decision d = e.match(HttpCall.of("GET", "/2/users/by/username/elonmusk"));

      assertThat(d.matched()).isFalse();
      ExamplePath path = d.nearMisses().get(0).path();
      assertThat(path.text()).isEqualTo("/2/users/by/username/TwitterDev");
      assertThat(path.origin(4)).isEqualTo(":username");
      assertThat(path.accepts(4, "elonmusk")).isFalse();
      assertThat(path.accepts(4, "TwitterDev")).isTrue();
    }

    @Test
    void aCallMeantForARequestWithoutExamplesIsToldSo() {
      MatchEngine e =
          MatchEngine.of(
              ExampleFixture.all(ExampleFixture.get("/2/tweets/:id").id("lookup")),
              List.of(
                  new BareRequest(
                      "Likes/Liking users",
                      new ExampleRequest(
                          "GET",
                          UrlParser.parse("{{baseUrl}}/2/tweets/:id/liking_users"),
                          List.of(),
                          RequestBody.NONE))),
              Variables.EMPTY,
              MatchOptions.defaults());

      assertThat(e.match(HttpCall.of("GET", "/2/tweets/7/liking_users")).reason())
          .endsWith("; request 'Likes/Liking users' has no saved examples");
      assertThat(e.match(HttpCall.of("POST", "/2/tweets/7/liking_users")).reason())
          .doesNotContain("Likes/Liking users");
      assertThat(e.match(HttpCall.of("GET", "/2/tweets/7/quotes")).reason())
          .doesNotContain("no saved examples");
    }

    @Test
    void anUnknownMethodNamesTheMethodsTheMockHas() {
      Decision d = engine.match(HttpCall.of("PATCH", "/users/7"));
      assertThat(d.reason()).contains("[PATCH]").contains("GET").contains("POST");
      assertThat(d.nearMisses()).isNotEmpty().allMatch(c -> c.step() == Step.METHOD);
    }
  }

  @Test
  void concurrentCallsGetTheSameDecisionsAsSequentialOnes() throws Exception {
    MatchEngine e =
        engine(
            ExampleFixture.get("/users/{{id}}").id("any"),
            ExampleFixture.get("/users/7").id("seven"),
            ExampleFixture.get("/orders?x=1").id("orders"),
            ExampleFixture.of("POST", "/login")
                .id("login")
                .requestBody(RequestBody.raw("{\"u\":1}", "json")));
    List<HttpCall> calls =
        List.of(
            HttpCall.of("GET", "/users/9"),
            HttpCall.of("GET", "/users/7"),
            HttpCall.of("GET", "/Orders?x=1"),
            new HttpCall(
                "POST", "/login", "", List.of(), "{\"u\": 1}".getBytes(StandardCharsets.UTF_8)));
    List<String> expected = new ArrayList<>();
    calls.forEach(c -> expected.add(String.valueOf(e.match(c))));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<String> seen = new ArrayList<>();
                  for (int round = 0; round < 200; round++) {
                    seen.clear();
                    calls.forEach(c -> seen.add(String.valueOf(e.match(c))));
                  }
                  return seen;
                }));
      }
      for (java.util.concurrent.Future<List<String>> r : results) {
        assertThat(r.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void examplesAreKeptAsGiven() {
    List<MockExample> examples = ExampleFixture.all(ExampleFixture.get("/a"));
    MatchEngine e = MatchEngine.of(examples, Variables.EMPTY, MatchOptions.defaults());
    assertThat(e.examples()).isEqualTo(examples);
    assertThat(e.options()).isEqualTo(MatchOptions.defaults());
  }
}
