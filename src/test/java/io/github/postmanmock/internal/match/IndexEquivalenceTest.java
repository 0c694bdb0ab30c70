package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The index only narrows the examples a call scores; it must never change a decision. For random
 * examples, options and calls, {@code match} and {@code matchByFullScan} choose the same example
 * with the same score and rule.
 */
class IndexEquivalenceTest {
  private static final String UUID_A = "3f2b1c9e-0d1a-4c55-9a0e-111111111111";
  private static final String UUID_B = "9B2D7C10-1234-4ABC-8DEF-222222222222";

  record ExampleSpec(String method, List<String> segments, String query, Integer code, String id) {
    ExampleFixture toExample() {
      String url =
          "{{baseUrl}}/" + String.join("/", segments) + (query.isEmpty() ? "" : "?" + query);
      return ExampleFixture.of(method, url).code(code).id(id).name(id == null ? "none" : id);
    }
  }

  record CallSpec(String method, List<String> segments, String query, String code) {
    HttpCall toCall() {
      List<Header> headers =
          code == null ? List.of() : List.of(Header.of("x-mock-response-code", code));
      return new HttpCall(method, "/" + String.join("/", segments), query, headers, null);
    }
  }

  @Property(tries = 400)
  void indexedMatchingDecidesLikeAFullScan(
      @ForAll("examples") List<ExampleSpec> examples,
      @ForAll("calls") List<CallSpec> calls,
      @ForAll("options") MatchOptions options) {
    decideLikeAFullScan(
        examples.stream().map(ExampleSpec::toExample).toList(),
        calls.stream().map(CallSpec::toCall).toList(),
        options);
  }

  /**
   * One route with many examples that differ only in the ID, as record mode produces: enough that
   * the engine scores them with a {@link BoundedScan}, with queries, bodies, request headers,
   * codes, IDs, wildcards and near-miss paths mixed in, and calls that turn the header and body
   * filters and the body bonus on and off.
   */
  @Property(tries = 300)
  void manyExamplesOfOneRouteDecideLikeAFullScan(
      @ForAll("sameRoute") List<RouteExample> examples,
      @ForAll("routeCalls") List<RouteCall> calls,
      @ForAll("options") MatchOptions options) {
    decideLikeAFullScan(
        examples.stream().map(RouteExample::toExample).toList(),
        calls.stream().map(RouteCall::toCall).toList(),
        options);
  }

  /**
   * Every call, sent twice, is decided by the index as by a full scan: the second time, a call with
   * no body or control header is decided from the cache.
   */
  private static void decideLikeAFullScan(
      List<ExampleFixture> examples, List<HttpCall> calls, MatchOptions options) {
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(examples.toArray(ExampleFixture[]::new)), Variables.EMPTY, options);
    for (int pass = 1; pass <= 2; pass++) {
      for (HttpCall call : calls) {
        Decision indexed = engine.match(call);
        Decision full = engine.matchByFullScan(call);
        assertThat(summary(indexed)).as("pass %d, call %s", pass, call).isEqualTo(summary(full));
      }
    }
  }

  record RouteExample(
      String path, String query, String body, String role, Integer code, String id) {
    ExampleFixture toExample() {
      ExampleFixture f =
          ExampleFixture.of("GET", "{{baseUrl}}" + path + (query.isEmpty() ? "" : "?" + query))
              .code(code)
              .id(id)
              .name(id == null ? "none" : id);
      if (!body.isEmpty()) {
        f.requestBody(RequestBody.raw(body, "json"));
      }
      if (!role.isEmpty()) {
        f.requestHeader("X-Role", role);
      }
      return f;
    }
  }

  record RouteCall(String path, String query, String body, List<Header> headers) {
    HttpCall toCall() {
      List<Header> all = new ArrayList<>(headers);
      byte[] bytes = body.isEmpty() ? null : body.getBytes(StandardCharsets.UTF_8);
      if (bytes != null) {
        all.add(Header.of("Content-Type", "application/json"));
      }
      return new HttpCall("GET", path, query, all, bytes);
    }
  }

  private static Arbitrary<String> routePath() {
    Arbitrary<String> numbered = Arbitraries.integers().between(1, 40).map(n -> "/users/" + n);
    Arbitrary<String> odd =
        Arbitraries.of(
            "/users/7/",
            "/Users/7",
            "/USERS/8/",
            "/users/{{id}}",
            "/users/:uid",
            "/users/" + UUID_A,
            "/users/me",
            "/users",
            "/usres/7",
            "/users/7/orders");
    return Arbitraries.frequencyOf(Tuple.of(6, numbered), Tuple.of(1, odd));
  }

  private static Arbitrary<String> routeBody() {
    return Arbitraries.of("", "", "{\"a\":1}", "{\"a\": 1}", "{\"a\":2}");
  }

  @Provide
  Arbitrary<List<RouteExample>> sameRoute() {
    return Combinators.combine(
            routePath(),
            Arbitraries.of("", "", "", "a=1", "a=2", "a=1&b=2", "b=2"),
            routeBody(),
            Arbitraries.of("", "", "", "admin", "user"),
            Arbitraries.of(200, 201, 404).injectNull(0.1),
            Arbitraries.strings().withCharRange('a', 'e').ofLength(2).injectNull(0.3))
        .as(RouteExample::new)
        .list()
        .ofMinSize(ExampleIndex.SCAN_ALL_UP_TO + 1)
        .ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<RouteCall>> routeCalls() {
    Arbitrary<List<Header>> headers =
        Arbitraries.of(
            List.of(),
            List.of(),
            List.of(Header.of("X-Role", "admin")),
            List.of(
                Header.of("x-mock-match-request-headers", "X-Role"), Header.of("X-Role", "admin")),
            List.of(Header.of("x-mock-match-request-headers", "X-Role")),
            List.of(Header.of("x-mock-match-request-body", "true")),
            List.of(Header.of("x-mock-match-request-body", "false")),
            List.of(Header.of("x-mock-response-code", "404")),
            List.of(Header.of("x-mock-response-code", "201")));
    Arbitrary<String> path =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0, 45).map(n -> "/users/" + n)),
            Tuple.of(
                1,
                Arbitraries.of(
                    "/users/7/", "/USERS/8", "/users/me", "/users", "/user/7", "/users/7/orders")));
    return Combinators.combine(
            path, Arbitraries.of("", "", "a=1", "a=2", "a=1&b=2", "c=3"), routeBody(), headers)
        .as(RouteCall::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  private static String summary(Decision d) {
    return d.matched()
        ? "#" + d.example().order() + " " + d.rule() + " " + d.score() + " " + d.captures()
        : "not found";
  }

  private static Arbitrary<String> segment(boolean tokens) {
    List<String> plain =
        new ArrayList<>(
            List.of(
                "users",
                "Users",
                "USERS",
                "orders",
                "7",
                "42",
                "007",
                UUID_A,
                UUID_B,
                "profile",
                "profle",
                "profiles",
                "user",
                "ordrs",
                "Profile",
                "subscriptions",
                "subscriptoins",
                "asubscriptions",
                "sers",
                "a",
                "b",
                ""));
    if (tokens) {
      plain.addAll(List.of("{{id}}", "{{$guid}}", ":pid", "{{other}}"));
    }
    return Arbitraries.of(plain);
  }

  private static Arbitrary<String> query() {
    return Arbitraries.of("", "a=1", "a=2", "a=1&b=2", "A=1", "a", "a=1&a=2", "b=%31");
  }

  @Provide
  Arbitrary<List<ExampleSpec>> examples() {
    return Combinators.combine(
            Arbitraries.of("GET", "POST", "get"),
            segment(true).list().ofMaxSize(4),
            query(),
            Arbitraries.of(200, 201, 404, 500).injectNull(0.1),
            Arbitraries.of("a", "b", "c", "d", "e").injectNull(0.3))
        .as(ExampleSpec::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  @Provide
  Arbitrary<List<CallSpec>> calls() {
    return Combinators.combine(
            Arbitraries.of("GET", "POST"),
            segment(false).list().ofMaxSize(4),
            query(),
            Arbitraries.of("200", "404").injectNull(0.8))
        .as(CallSpec::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Provide
  Arbitrary<MatchOptions> options() {
    return Combinators.combine(
            Arbitraries.of(MatchOptions.defaults(), MatchOptions.strict()),
            Arbitraries.of(true, false).list().ofSize(7),
            Arbitraries.of(MatchOptions.DocRevision.values()),
            Arbitraries.of(0.5, 0.75, 1.0))
        .as(
            (base, flags, revision, threshold) ->
                base.toBuilder()
                    .ignoreTrailingSlash(flags.get(0) && base.ignoreTrailingSlash())
                    .ignoreCase(flags.get(1) || base.ignoreCase())
                    .matchWildcards(flags.get(2))
                    .pathVariablesAsWildcards(flags.get(3))
                    .fuzzyPathMatching(flags.get(4) || base.fuzzyPathMatching())
                    .collapseSlashes(flags.get(5))
                    .queryWildcards(flags.get(6))
                    .docRevision(revision)
                    .fuzzyThreshold(threshold)
                    .build());
  }
}
