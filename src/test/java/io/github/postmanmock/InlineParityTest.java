package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.collection.CollectionReader;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.testing.SpecTable;
import io.github.postmanmock.testing.TableCall;
import io.github.postmanmock.testing.TableChoice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    assertThat(SpecCaseViews.engineViews(built(c)))
        .isEqualTo(SpecCaseViews.engineViews(fromJson(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theBuilderAndTheCollectionFileGetTheSameDecisions(SpecCase c) {
    assertThat(decisions(c, built(c))).isEqualTo(decisions(c, fromJson(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exportingAndLoadingGivesBackTheBuiltExamples(SpecCase c) {
    assertThat(SpecCaseViews.fileFree(exportedAndLoaded(c)))
        .isEqualTo(SpecCaseViews.fileFree(built(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exportingAndLoadingKeepsEveryDecision(SpecCase c) {
    assertThat(decisions(c, exportedAndLoaded(c))).isEqualTo(decisions(c, built(c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCallGetsTheExampleTheSpecNames(SpecCase c) {
    List<SpecCaseViews.DecisionView> decisions = decisions(c, built(c));
    List<TableCall> calls = c.table().calls();
    for (int i = 0; i < calls.size(); i++) {
      SpecCaseViews.DecisionView d = decisions.get(i);
      new TableChoice(
              d.matched(), d.id(), d.name(), d.score(), d.rule() == null ? null : d.rule().name())
          .check(c.table(), calls.get(i), c.id() + ": " + calls.get(i) + ", decision " + d);
    }
  }

  private static List<MockExample> built(SpecCase c) {
    List<MockExample> models = new ArrayList<>();
    for (ExampleBuilder b : c.built()) {
      models.add(b.build().model().withOrder(models.size()));
    }
    return models;
  }

  private static List<MockExample> fromJson(SpecCase c) {
    byte[] json = c.collectionJson().getBytes(StandardCharsets.UTF_8);
    return CollectionReader.read(c.id() + ".json", json).examples();
  }

  private List<MockExample> exportedAndLoaded(SpecCase c) {
    Path file = dir.resolve("exported.postman_collection.json");
    Examples.writeCollection(file, c.id(), c.built().stream().map(ExampleBuilder::build).toList());
    return CollectionReader.read(file).examples();
  }

  private static List<SpecCaseViews.DecisionView> decisions(
      SpecCase c, List<MockExample> examples) {
    MatchEngine engine = MatchEngine.of(examples, c.table().variables(), c.table().options());
    List<SpecCaseViews.DecisionView> views = new ArrayList<>();
    for (TableCall call : c.table().calls()) {
      views.add(SpecCaseViews.DecisionView.of(engine.match(call.httpCall())));
    }
    return views;
  }
}
