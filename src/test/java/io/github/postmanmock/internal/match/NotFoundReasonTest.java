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
import org.junit.jupiter.api.Test;

/**
 * A not-found decision names the last step that still had examples, in the same words whether the
 * engine used its index or scanned every example.
 */
class NotFoundReasonTest {

  private static List<String> reasons(HttpCall call, ExampleFixture... examples) {
    return reasons(MatchOptions.defaults(), call, examples);
  }

  private static List<String> reasons(
      MatchOptions options, HttpCall call, ExampleFixture... examples) {
    MatchEngine engine = MatchEngine.of(ExampleFixture.all(examples), Variables.EMPTY, options);
    List<String> out = new ArrayList<>();
    for (Decision d : List.of(engine.match(call), engine.matchByFullScan(call))) {
      assertThat(d.matched()).as("matched, decision %s", d).isFalse();
      out.add(d.reason());
    }
    return out;
  }

  private static HttpCall call(String target, String body, String... headerPairs) {
    HttpCall plain = HttpCall.of("GET", target);
    List<Header> headers = new ArrayList<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(Header.of(headerPairs[i], headerPairs[i + 1]));
    }
    return new HttpCall(
        "GET", plain.path(), plain.rawQuery(), headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void noPathMatchNamesTheMethodAndPath() {
    assertThat(reasons(HttpCall.of("get", "/orders/x/y"), ExampleFixture.get("/users")))
        .containsOnly("no GET example matches the path [/orders/x/y]");
  }

  @Test
  void everyExampleWithTheWrongStatusNamesTheCodeHeader() {
    assertThat(
            reasons(
                call("/users", "", "x-mock-response-code", "404"),
                ExampleFixture.get("/users").code(200),
                ExampleFixture.get("/users").code(500)))
        .containsOnly("no GET example has the status that x-mock-response-code asks for");
  }

  @Test
  void anExampleTheIndexSkipsCountsAsItDoesInAFullScan() {
    // the index offers only /users for the call; /users/{{id}} has the status asked for
    assertThat(
            reasons(
                call("/users", "", "x-mock-response-code", "404"),
                ExampleFixture.get("/users").code(200),
                ExampleFixture.get("/users/{{id}}").code(404)))
        .containsOnly("no GET example matches the path [/users]");
  }

  @Test
  void aWrongStatusOnSomeAndAWrongPathOnOthersIsAPathMiss() {
    assertThat(
            reasons(
                MatchOptions.strict(),
                call("/users", "", "x-mock-response-code", "404"),
                ExampleFixture.get("/users").code(200),
                ExampleFixture.get("/Users").code(404)))
        .containsOnly("no GET example matches the path [/users]");
  }

  @Test
  void theHeaderFilterIsNamedWhenItRemovedTheLastExamples() {
    assertThat(
            reasons(
                call("/me", "", "x-mock-match-request-headers", "X-Role", "X-Role", "user"),
                ExampleFixture.get("/me").requestHeader("X-Role", "admin"),
                ExampleFixture.get("/you")))
        .containsOnly(
            "no example matches GET /me: the header filter removed every example whose path"
                + " matches");
  }

  @Test
  void theBodyFilterIsNamedBeforeTheHeaderFilter() {
    assertThat(
            reasons(
                call(
                    "/me",
                    "b",
                    "x-mock-match-request-headers",
                    "X-Role",
                    "X-Role",
                    "user",
                    "x-mock-match-request-body",
                    "true"),
                ExampleFixture.get("/me").requestHeader("X-Role", "admin"),
                ExampleFixture.get("/me")
                    .requestHeader("X-Role", "user")
                    .requestBody(RequestBody.raw("a", null))))
        .containsOnly(
            "no example matches GET /me: the body filter removed every example whose path"
                + " matches");
  }
}
