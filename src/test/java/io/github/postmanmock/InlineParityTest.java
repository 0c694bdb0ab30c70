package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.collection.CollectionReader;
import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.match.Rule;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.testing.SpecTable;
import io.github.postmanmock.testing.TableCall;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder-parity runner of the SPEC §7 table ({@code conformance/spec-table.json}): the inline
 * builder and a collection file say the same thing. For every case the builder's examples, the
 * case's collection JSON and the builder's examples exported and read back give the engine the same
 * examples and get the same decisions, the ones the table expects.
 */
class InlineParityTest {
  @TempDir Path dir;

  static List<SpecCase> cases() {
    return SpecTable.casesFor(SpecTable.Runner.BUILDER).stream().map(SpecCase::of).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theBuilderAndTheCollectionFileGiveTheEngineTheSameExamples(SpecCase c) {
    assertThat(engineViews(built(c))).isEqualTo(engineViews(fromJson(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theBuilderAndTheCollectionFileGetTheSameDecisions(SpecCase c) {
    assertThat(decisions(c, built(c))).isEqualTo(decisions(c, fromJson(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exportingAndLoadingGivesBackTheBuiltExamples(SpecCase c) {
    assertThat(fileFree(exportedAndLoaded(c))).isEqualTo(fileFree(built(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exportingAndLoadingKeepsEveryDecision(SpecCase c) {
    assertThat(decisions(c, exportedAndLoaded(c))).isEqualTo(decisions(c, built(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCallGetsTheExampleTheSpecNames(SpecCase c) {
    List<DecisionView> decisions = decisions(c, built(c));
    List<TableCall> calls = c.table().calls();
    for (int i = 0; i < calls.size(); i++) {
      JsonNode expect = calls.get(i).expect();
      JsonNode wanted = c.table().expectedExample(expect);
      DecisionView d = decisions.get(i);
      String what = c.id() + ": " + calls.get(i) + ", decision " + d;
      assertThat(d.matched()).as("matched, " + what).isEqualTo(wanted != null);
      if (wanted != null) {
        assertThat(d.id()).as("id, " + what).isEqualTo(wanted.path("id").asText(null));
        assertThat(d.name()).as("name, " + what).isEqualTo(wanted.path("name").asText());
      }
      if (expect.has("score")) {
        assertThat(d.score()).as("score, " + what).isEqualTo(expect.path("score").asDouble());
      }
      if (expect.has("rule")) {
        assertThat(d.rule())
            .as("rule, " + what)
            .isEqualTo(Rule.valueOf(expect.path("rule").asText()));
      }
    }
  }

  private static List<io.github.postmanmock.internal.model.MockExample> built(SpecCase c) {
    List<io.github.postmanmock.internal.model.MockExample> models = new ArrayList<>();
    for (ExampleBuilder b : c.built()) {
      models.add(b.build().model().withOrder(models.size()));
    }
    return models;
  }

  private static List<io.github.postmanmock.internal.model.MockExample> fromJson(SpecCase c) {
    byte[] json = c.collectionJson().getBytes(StandardCharsets.UTF_8);
    return CollectionReader.read(c.id() + ".json", json).examples();
  }

  private List<io.github.postmanmock.internal.model.MockExample> exportedAndLoaded(SpecCase c) {
    Path file = dir.resolve("exported.postman_collection.json");
    Examples.writeCollection(file, c.id(), c.built().stream().map(ExampleBuilder::build).toList());
    return CollectionReader.read(file).examples();
  }

  private static List<DecisionView> decisions(
      SpecCase c, List<io.github.postmanmock.internal.model.MockExample> examples) {
    MatchEngine engine = MatchEngine.of(examples, c.table().variables(), c.table().options());
    List<DecisionView> views = new ArrayList<>();
    for (TableCall call : c.table().calls()) {
      views.add(DecisionView.of(engine.match(call.httpCall())));
    }
    return views;
  }

  /** What the engine and the renderer read; not where the example came from. */
  record EngineView(
      String id,
      String name,
      String method,
      List<String> path,
      List<QueryParam> query,
      Map<String, String> pathVariables,
      List<Header> headers,
      RequestBody body,
      int status,
      String responseBody) {

    static EngineView of(io.github.postmanmock.internal.model.MockExample e) {
      var request = e.request();
      Map<String, String> pathVariables = new TreeMap<>();
      for (Variable v : request.url().variables()) {
        if (!v.disabled() && v.value() != null) {
          pathVariables.put(v.key(), v.value());
        }
      }
      return new EngineView(
          e.id(),
          e.name(),
          request.method(),
          request.url().path(),
          request.url().query().stream().filter(q -> !q.disabled()).toList(),
          pathVariables,
          request.headers().stream().filter(h -> !h.disabled()).toList(),
          request.body(),
          e.response().statusCode(),
          e.response().body());
    }
  }

  private static List<EngineView> engineViews(
      List<io.github.postmanmock.internal.model.MockExample> examples) {
    return examples.stream().map(EngineView::of).toList();
  }

  /** The examples without the fields that name their file and item. */
  private static List<io.github.postmanmock.internal.model.MockExample> fileFree(
      List<io.github.postmanmock.internal.model.MockExample> examples) {
    return examples.stream()
        .map(
            e ->
                new io.github.postmanmock.internal.model.MockExample(
                    e.id(), e.name(), List.of(), "", "", e.order(), e.request(), e.response()))
        .toList();
  }

  /** The parts of a decision a user sees: which example, its score and rule, and captures. */
  record DecisionView(
      boolean matched,
      String id,
      String name,
      double score,
      Rule rule,
      Map<String, String> captures) {
    static DecisionView of(Decision d) {
      var e = d.example();
      return new DecisionView(
          d.matched(),
          e == null ? null : e.id(),
          e == null ? null : e.name(),
          d.score(),
          d.rule(),
          new TreeMap<>(d.captures()));
    }
  }
}
