package io.github.postmanmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.OrdersService;
import io.github.postmanmock.testing.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class RecordingExtensionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static HttpResponse<String> get(MockServer mock, String target) {
    return Http.get(mock.baseUrl(), target);
  }

  private EngineExecutionResults run(Class<?> fixture, String recordFrom) {
    var request =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(fixture))
            .configurationParameter(RecordTarget.DIR_PROPERTY, dir.toString());
    if (recordFrom != null) {
      request.configurationParameter(RecordTarget.RECORD_PROPERTY, recordFrom);
    }
    return request.execute();
  }

  private static List<String> exampleNames(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    collect(JSON.readTree(file.toFile()), names);
    return names;
  }

  private static void collect(JsonNode node, List<String> names) {
    node.path("response").forEach(r -> names.add(r.path("name").asText()));
    node.path("item").forEach(i -> collect(i, names));
  }

  @Test
  void theRunParameterSwitchesAMockToRecordingIntoTheCollectionFile() throws IOException {
    try (OrdersService service = OrdersService.start()) {
      run(OrdersFixture.class, service.uri().toString())
          .testEvents()
          .assertStatistics(s -> s.succeeded(2).failed(0));
    }

    Path written = dir.resolve("recorded/orders.postman_collection.json");
    assertThat(exampleNames(written))
        .containsExactlyInAnyOrder("GET /orders/42 -> 200", "GET /orders/7 -> 404");
  }

  @Test
  void withoutTheParameterTheCollectionIsServedAsUsual() {
    run(PetsFixture.class, null).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));

    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void theAnnotationRecordsFromItsOwnTargetAndRecordsAnUnreachableOneAs502() throws IOException {
    run(UnreachableFixture.class, null)
        .testEvents()
        .assertStatistics(s -> s.succeeded(1).failed(0));

    assertThat(exampleNames(dir.resolve("down.json"))).containsExactly("GET /orders -> 502");
  }

  @Test
  void aMockWithOnlyInlineExamplesKeepsServingThemWhenTheRunRecords() {
    run(InlineOnlyFixture.class, "http://127.0.0.1:1")
        .testEvents()
        .assertStatistics(s -> s.succeeded(1).failed(0));

    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aMockThatRecordsWithoutACollectionFileFailsTheClass() {
    run(RecordsWithoutFileFixture.class, null)
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(RecordsWithoutFileFixture.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(m -> m.contains("names no collection file")))));
  }

  @Test
  void aTargetThatIsNotAUrlFailsTheClass() {
    run(BadTargetFixture.class, null)
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(BadTargetFixture.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(m -> m.contains("[not a url]")))));
  }

  @Nested
  class FileOnDisk {
    @Test
    void isUnderSrcTestResourcesByDefault() {
      RecordTarget target = new RecordTarget("", "");

      assertThat(target.file("/orders.json", RecordingExtensionTest.class))
          .isEqualTo(Path.of("src/test/resources/orders.json"));
    }

    @Test
    void isTheWorkingDirectoryFileWhenThatExists() {
      RecordTarget target = new RecordTarget("", "");

      assertThat(target.file("pom.xml", RecordingExtensionTest.class))
          .isEqualTo(Path.of("pom.xml"));
    }

    @Test
    void isUnderTheConfiguredDirectoryWhenOneIsGiven() {
      RecordTarget target = new RecordTarget("", "build/fixtures");

      assertThat(target.file("a/b.json", RecordingExtensionTest.class))
          .isEqualTo(Path.of("build/fixtures/a/b.json"));
    }
  }

  @PostmanMock("recorded/orders.postman_collection.json")
  static class OrdersFixture {
    @Test
    void known(MockServer mock) {
      assertThat(get(mock, "/orders/42").body()).isEqualTo("{\"id\":42,\"item\":\"tea\"}");
    }

    @Test
    void unknown(MockServer mock) {
      assertThat(get(mock, "/orders/7").statusCode()).isEqualTo(404);
      assertThat(mock.calls().asList())
          .singleElement()
          .satisfies(c -> assertThat(c.proxied()).isTrue());
    }
  }

  @PostmanMock(PostmanMockExtensionTest.PETS)
  static class PetsFixture {
    @Test
    void serves(MockServer mock) {
      assertThat(get(mock, "/pets").statusCode()).isEqualTo(200);
    }
  }

  @PostmanMock(value = "down.json", recordFrom = "http://127.0.0.1:1")
  static class UnreachableFixture {
    @Test
    void answers502(MockServer mock) {
      assertThat(get(mock, "/orders").statusCode()).isEqualTo(502);
    }
  }

  static class InlineOnlyFixture {
    @RegisterExtension
    static PostmanMockExtension extension =
        PostmanMockExtension.newInstance()
            .example(Examples.get("/ping").respond(200).json("\"pong\""))
            .build();

    @Test
    void serves(MockServer mock) {
      assertThat(get(mock, "/ping").body()).isEqualTo("\"pong\"");
    }
  }

  static class RecordsWithoutFileFixture {
    @RegisterExtension
    static PostmanMockExtension extension =
        PostmanMockExtension.newInstance()
            .example(Examples.get("/ping").respond(200).json("\"pong\""))
            .recordFrom("http://127.0.0.1:1")
            .build();

    @Test
    void never() {}
  }

  @PostmanMock(value = "x.json", recordFrom = "not a url")
  static class BadTargetFixture {
    @Test
    void never() {}
  }
}
