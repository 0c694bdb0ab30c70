package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.PETS;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.MockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Coverage, late calls and collection warnings reported when a class starts and ends. */
class ClassReportTest {

  static Events runAll(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .execute()
        .allEvents();
  }

  static Map<String, String> entries(Events events) {
    return events.reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class))
        .flatMap(r -> r.getKeyValuePairs().entrySet().stream())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + "|" + b));
  }

  @Test
  void classEndPublishesCoverageAndWritesTheFile() throws Exception {
    // when
    Events events = runAll(CoverageFixture.class);

    // then
    events.assertStatistics(stats -> stats.failed(0));
    assertThat(entries(events))
        .containsEntry(
            "postman-mock.coverage",
            "served 2 of 3 examples; never served: [Pets/Create pet/Created]");
    Path file = Path.of("target/postman-mock", CoverageFixture.class.getName() + "-coverage.json");
    JsonNode report = new ObjectMapper().readTree(Files.readString(file));
    assertThat(report.path("unused").toString()).isEqualTo("[\"Pets/Create pet/Created\"]");
    assertThat(report.path("examples").get(1).toString())
        .isEqualTo("{\"example\":\"Pets/Get pet/Rex\",\"calls\":2}");
  }

  @Test
  void reportDirConfigurationParameterChoosesWhereTheReportGoes(@TempDir Path dir) {
    // given: what Gradle's systemProperty or a junit-platform.properties line hands the engine
    Path reports = dir.resolve("build/postman-mock");

    // when
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter(ClassReport.DIR_PROPERTY, reports.toString())
        .selectors(selectClass(CoverageFixture.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.failed(0));

    // then
    assertThat(reports.resolve(CoverageFixture.class.getName() + "-coverage.json"))
        .isRegularFile()
        .content()
        .contains("\"unused\" : [ \"Pets/Create pet/Created\" ]");
  }

  @Test
  void failOnUnusedExamplesFailsTheClassNamingThem() {
    Events events = runAll(UnusedFixture.class);

    List<Throwable> failures =
        events.failed().stream()
            .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class))
            .map(r -> r.getThrowable().orElseThrow())
            .collect(Collectors.toList());
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "never served by the tests of [" + UnusedFixture.class.getName() + "]")
        .hasMessageContaining("[Pets/List pets/All pets, Pets/Create pet/Created]")
        .hasMessageEndingWith(
            "use @PostmanMock(value = \"" + PETS + "\", failOnUnusedExamples = false)");
  }

  @Test
  void programmaticRegistrationCanFailOnUnusedExamplesToo() {
    Events events = runAll(ProgrammaticUnusedFixture.class);

    assertThat(events.failed().count()).isEqualTo(1);
    assertThat(entries(events).get("postman-mock.coverage"))
        .isEqualTo(
            "served 0 of 3 examples; never served: [Pets/List pets/All pets,"
                + " Pets/Get pet/Rex, Pets/Create pet/Created]");
  }

  @Test
  void callsAfterTheLastTestAreReportedAsLate() {
    Events events = runAll(LateCallFixture.class);

    assertThat(entries(events).get("postman-mock.lateCalls"))
        .isEqualTo(
            "1 call arrived after the test that made it had ended:"
                + " GET /pets -> 200 (example \"All pets\")");
  }

  @Test
  void collectionWarningsArePublishedWhenTheClassStarts() {
    Events events = runAll(WarningsFixture.class);

    assertThat(entries(events).get("postman-mock.warnings"))
        .isEqualTo(
            "[collections/lint.postman_collection.json]: Request [Unfinished] has no saved"
                + " example, so the mock never answers it; save a response as an example in"
                + " Postman"
                + System.lineSeparator()
                + "[collections/lint.postman_collection.json] at [/item/1/response/1]: Example"
                + " [Get pet/Rex again] has the same method, path, query and status as"
                + " [Get pet/Rex], so matching never chooses it; only calls that send"
                + " x-mock-response-name or x-mock-response-id (or a test with @UseExample) get"
                + " it. Give it a distinct method, path, query or status if calls should tell"
                + " them apart");
  }

  @PostmanMock(PETS)
  static class CoverageFixture {
    @Test
    void one(MockServer mock) {
      get(mock, "/pets/1");
      get(mock, "/pets");
    }

    @Nested
    class Inner {
      @Test
      void two(MockServer mock) {
        get(mock, "/pets/1");
      }
    }
  }

  @PostmanMock(value = PETS, failOnUnusedExamples = true)
  static class UnusedFixture {
    @Test
    void one(MockServer mock) {
      get(mock, "/pets/1");
    }
  }

  static class ProgrammaticUnusedFixture {
    @RegisterExtension
    static PostmanMockExtension mock =
        PostmanMockExtension.newInstance().collection(PETS).failOnUnusedExamples(true).build();

    @Test
    void callsNothing() {}
  }

  @PostmanMock(PETS)
  static class LateCallFixture {
    @AfterAll
    static void callAfterTheTests(MockServer mock) {
      get(mock, "/pets");
    }

    @Test
    void one(MockServer mock) {
      get(mock, "/pets/1");
    }
  }

  @PostmanMock("collections/lint.postman_collection.json")
  static class WarningsFixture {
    @Test
    void one() {}
  }
}
