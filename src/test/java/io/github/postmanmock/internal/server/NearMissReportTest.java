package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.match.Candidate;
import io.github.postmanmock.internal.match.Candidate.Step;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.Rule;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.UrlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearMissReportTest {
  private static MockExample example(
      String name, String method, String url, int code, String... path) {
    return new MockExample(
        name,
        name,
        List.of(path),
        "test.json",
        "",
        0,
        new ExampleRequest(method, UrlParser.parse(url), List.of(), RequestBody.NONE),
        new ExampleResponse(code, null, List.of(), null, null));
  }

  @Test
  void namesTheThreeClosestExamplesByPlaceWithTheirReasons() {
    Decision decision =
        Decision.notFound(
            "every example was filtered out",
            List.of(
                new Candidate(
                    example("Created", "POST", "/pets", 201, "Pets", "Create pet"),
                    Step.PATH,
                    null,
                    Double.NaN,
                    "path /pets does not match /orders"),
                new Candidate(
                    example("Rex", "GET", "/pets/1", 200, "Pets", "Get pet"),
                    Step.METHOD,
                    null,
                    Double.NaN,
                    "method is GET, call is POST"),
                new Candidate(
                    example("Any", "POST", "/orders/{{id}}", 200, "Orders"),
                    Step.SCORE,
                    Rule.U5_WILDCARD,
                    80,
                    ""),
                new Candidate(
                    example("Fourth", "GET", "/x", 200), Step.METHOD, null, Double.NaN, "far")));

    String report = NearMissReport.describe(HttpCall.of("POST", "/orders"), decision);

    assertThat(report)
        .startsWith(
            "No example matches [POST /orders]: every example was filtered out\n"
                + "Closest examples:\n"
                + "  1. [Pets / Create pet / Created] POST /pets -> 201: path /pets does not"
                + " match /orders (step PATH)\n"
                + "       path: step 1 is [pets] in the example, [orders] in the call\n"
                + "  2. [Pets / Get pet / Rex] GET /pets/1 -> 200: method is GET, call is POST"
                + " (step METHOD)\n"
                + "       method: example [GET], call [POST]\n"
                + "       path: step 1 is [pets] in the example, [orders] in the call\n"
                + "  3. [Orders / Any] POST /orders/{{id}} -> 200: lower score (step SCORE, rule"
                + " U5_WILDCARD, score 80)\n"
                + "       path: the example has 2 steps [/orders/{{id}}], the call 1 step"
                + " [/orders]\n"
                + "An example that would match (paste it into the \"response\" array of a"
                + " request):\n{");
  }

  @Test
  void saysSoWhenNoExampleComesClose() {
    String report =
        NearMissReport.describe(HttpCall.of("GET", "/x"), Decision.notFound("", List.of()));

    assertThat(report)
        .isEqualTo("No example matches [GET /x]\nThe mock has no example that comes close.");
  }
}
