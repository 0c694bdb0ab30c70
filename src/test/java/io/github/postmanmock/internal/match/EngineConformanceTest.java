package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.testing.SpecTable;
import io.github.postmanmock.testing.TableCall;
import io.github.postmanmock.testing.TableCase;
import io.github.postmanmock.testing.TableChoice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine runner of the SPEC §7 table ({@code conformance/spec-table.json}): every call of a
 * case gets the expected example, score, rule and captures, through both the index and the full
 * scan.
 */
class EngineConformanceTest {
  @TestFactory
  Stream<DynamicTest> everyCaseChoosesTheExpectedExample() {
    return SpecTable.casesFor(SpecTable.Runner.ENGINE).stream()
        .map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
  }

  private static void run(TableCase c) {
    MatchEngine engine = MatchEngine.of(c.examples(), c.variables(), c.options());
    for (TableCall call : c.calls()) {
      JsonNode expect = call.expect();
      for (Decision d :
          List.of(engine.match(call.httpCall()), engine.matchByFullScan(call.httpCall()))) {
        String what = "%s: %s, decision %s".formatted(c.id(), call, d);
        MockExample e = d.example();
        new TableChoice(
                d.matched(),
                e == null ? null : e.id(),
                e == null ? null : e.name(),
                d.score(),
                d.rule() == null ? null : d.rule().name())
            .check(c, call, what);
        if (!d.matched()) {
          assertThat(d.reason()).as("reason, " + what).isNotBlank();
        }
        if (expect.has("captures")) {
          assertThat(d.captures())
              .as("captures, " + what)
              .isEqualTo(strings(expect.path("captures")));
        }
      }
    }
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new HashMap<>();
    object.properties().forEach(f -> out.put(f.getKey(), f.getValue().asText()));
    return out;
  }
}
