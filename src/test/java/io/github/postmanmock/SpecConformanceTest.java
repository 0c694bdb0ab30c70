package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.testing.Http;
import io.github.postmanmock.testing.SpecTable;
import io.github.postmanmock.testing.TableCall;
import io.github.postmanmock.testing.TableCase;
import io.github.postmanmock.testing.TableChoice;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP runner of the SPEC §7 table ({@code conformance/spec-table.json}): each case on a real
 * server, configured through the public options, its calls sent over loopback. The recorded call
 * names the example, score and rule; the response has the expected status, body and headers.
 */
class SpecConformanceTest {
  static List<TableCase> cases() {
    return SpecTable.casesFor(SpecTable.Runner.HTTP);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void behavesAsSpecified(TableCase c) {
    MatchingOptions options = SpecCaseOptions.of(c.optionJson());
    assertThat(options.toInternal()).as("the public options of %s", c.id()).isEqualTo(c.options());
    try (MockServer mock =
        Seams.of(MockServer.builder().options(options))
            .examples(c.examples())
            .variables(c.collectionVariables(), c.environment())
            .start()) {
      for (TableCall call : c.calls()) {
        assertCall(mock, c, call);
      }
    }
  }

  private static void assertCall(MockServer mock, TableCase c, TableCall call) {
    List<String> headers = new ArrayList<>();
    for (Header h : call.headers()) {
      headers.add(h.key());
      headers.add(h.value());
    }
    int before = mock.allCalls().size();
    HttpResponse<String> response =
        Http.send(
            mock.baseUrl(),
            call.method(),
            call.target(),
            call.body(),
            headers.toArray(String[]::new));
    RecordedCall recorded = mock.allCalls().asList().get(before);
    String what = c.id() + ": " + call + ", recorded " + recorded;
    new TableChoice(
            recorded.matched(),
            recorded.matchedExampleId().orElse(null),
            recorded.matchedExample().orElse(null),
            recorded.score().orElse(Double.NaN),
            recorded.rule().orElse(null))
        .check(c, call, what);
    JsonNode expect = call.expect();
    if (expect.has("status")) {
      assertThat(response.statusCode())
          .as("status, " + what)
          .isEqualTo(expect.path("status").asInt());
    }
    if (expect.has("body")) {
      assertThat(response.body()).as("body, " + what).isEqualTo(expect.path("body").asText());
    }
    expect
        .path("headers")
        .properties()
        .forEach(
            h ->
                assertThat(response.headers().firstValue(h.getKey()))
                    .as("header %s, %s", h.getKey(), what)
                    .hasValue(h.getValue().asText()));
  }
}
