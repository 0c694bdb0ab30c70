package io.github.postmanmock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The SPEC §7 table is whole and says why a runner skips a case. */
class SpecTableTest {
  private final List<JsonNode> cases = SpecTable.all();

  @Test
  void holdsEveryMatchingCaseOfSpecSection7OnceEach() {
    List<String> ids = cases.stream().map(c -> c.path("id").asText()).toList();
    List<String> spec = new ArrayList<>();
    for (int n = 1; n <= 49; n++) {
      spec.add("TC-%02d".formatted(n));
    }
    spec.addAll(List.of("TC-21a", "TC-21b"));
    assertThat(ids).doesNotHaveDuplicates().containsAll(spec);
  }

  @Test
  void aCaseLeftOutOfARunnerSaysWhy() {
    for (JsonNode c : cases) {
      if (c.has("runners")) {
        List<String> runners = new ArrayList<>();
        c.path("runners").forEach(r -> runners.add(r.asText()));
        assertThat(runners)
            .as(c.path("id").asText())
            .isNotEmpty()
            .isSubsetOf(Set.of("engine", "http", "builder"));
        assertThat(c.path("why").asText()).as("why, " + c.path("id").asText()).isNotBlank();
      }
    }
  }

  @Test
  void everyCaseRunsInTwoRunnersAtLeast() {
    for (JsonNode c : cases) {
      long runners =
          Stream.of(SpecTable.Runner.values()).filter(r -> SpecTable.runsIn(c, r)).count();
      assertThat(runners).as(c.path("id").asText()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void everyCallExpectsAnExampleOfItsCaseOrNone() {
    for (TableCase c : SpecTable.casesFor(SpecTable.Runner.ENGINE)) {
      assertThat(c.calls()).as(c.id()).isNotEmpty();
      for (TableCall call : c.calls()) {
        assertThat(call.expect().has("example")).as("%s: %s", c.id(), call).isTrue();
        JsonNode wanted = c.expectedExample(call.expect());
        assertThat(wanted == null)
            .as("%s: %s", c.id(), call)
            .isEqualTo(call.expect().path("example").isNull());
      }
    }
  }
}
