package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.testing.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline examples served over HTTP: from the builder, next to a collection, and added in a test.
 */
class InlineServerTest {
  private static final String PETS =
      """
      {"info": {"name": "pets", "schema":
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
       "item": [{"name": "Pets", "request": "/pets", "response": [
         {"name": "list", "code": 200, "originalRequest": {"method": "GET", "url": "/pets"},
          "body": "collection list"},
         {"name": "one", "code": 200, "originalRequest": {"method": "GET", "url": "/pets/1"},
          "body": "collection one"}]}]}
      """;

  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(MockServer::close);
  }

  private MockServer start(MockServerBuilder builder) {
    return start(Seams.of(builder));
  }

  private MockServer start(Seams builder) {
    MockServer server = builder.start();
    started.add(server);
    return server;
  }

  private MockServer withCollection() {
    return start(
        MockServer.builder().collection("pets.json", PETS.getBytes(StandardCharsets.UTF_8)));
  }

  @Nested
  class GivenToTheBuilder {
    @Test
    void theDesignSnippetServesTheCapturedId() {
      MockServer mock =
          start(
              MockServer.builder()
                  .example(
                      Examples.get("/pets/{{id}}")
                          .respond(200)
                          .json("{\"id\": {{id}}}")
                          .named("any pet")));

      HttpResponse<String> response = Http.get(mock.baseUrl(), "/pets/7");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"id\": 7}");
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(mock.calls().asList().get(0).matchedExample()).hasValue("any pet");
    }

    @Test
    void aBinaryBodyIsSentByteForByte() {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
      MockServer mock =
          start(MockServer.builder().example(Examples.get("/logo").respond(200).bytes(png)));

      HttpResponse<byte[]> response = bytes(mock.baseUrl() + "/logo");

      assertThat(response.body()).containsExactly(png);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/octet-stream");
    }

    @Test
    void aDelayHoldsTheAnswerAndIsRecorded() {
      RecordingSleeper sleeper = RecordingSleeper.instant();
      MockServer mock =
          start(
              Seams.of(
                      MockServer.builder()
                          .example(
                              Examples.get("/slow").respond(200).delay(Duration.ofMillis(300))))
                  .sleeper(sleeper));

      Http.get(mock.baseUrl(), "/slow");

      assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(300));
      assertThat(mock.calls().asList().get(0).delay()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theDelayHeaderOfACallBeatsTheExampleDelay() {
      RecordingSleeper sleeper = RecordingSleeper.instant();
      MockServer mock =
          start(
              Seams.of(
                      MockServer.builder()
                          .example(
                              Examples.get("/slow").respond(200).delay(Duration.ofSeconds(60))))
                  .sleeper(sleeper));

      Http.send(mock.baseUrl(), "GET", "/slow", null, "x-mock-response-delay", "1");

      assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(1));
      assertThat(mock.calls().asList().get(0).delay()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aTieWithACollectionExampleFollowsFileOrderLikeAnAppendedExample() {
      MockServer mock =
          start(
              MockServer.builder()
                  .collection("pets.json", PETS.getBytes(StandardCharsets.UTF_8))
                  .example(Examples.get("/pets").respond(200).text("inline list")));

      assertThat(Http.get(mock.baseUrl(), "/pets").body()).isEqualTo("collection list");
    }
  }

  @Nested
  class AddedInATest {
    @Test
    void winsATieWithACollectionExampleUntilTheTestEnds() {
      MockServer mock = withCollection();

      inTest(
          mock,
          "tie",
          () -> {
            mock.addExample(Examples.get("/pets").respond(200).text("inline list"));
            assertThat(Http.get(mock.baseUrl(), "/pets").body()).isEqualTo("inline list");
          });

      assertThat(Http.get(mock.baseUrl(), "/pets").body()).isEqualTo("collection list");
    }

    @Test
    void winsATieEvenWithoutStatus200() {
      MockServer mock = withCollection();

      inTest(
          mock,
          "tie",
          () -> {
            mock.addExample(Examples.get("/pets").respond(503).text("down"));

            assertThat(Http.get(mock.baseUrl(), "/pets").statusCode()).isEqualTo(503);
          });
    }

    @Test
    void losesToACollectionExampleThatScoresHigher() {
      MockServer mock = withCollection();

      inTest(
          mock,
          "scores",
          () -> {
            mock.addExample(Examples.get("/pets/{{id}}").respond(200).text("inline any"));

            assertThat(Http.get(mock.baseUrl(), "/pets/1").body()).isEqualTo("collection one");
            assertThat(Http.get(mock.baseUrl(), "/pets/2").body()).isEqualTo("inline any");
          });
    }

    @Test
    void staysFirstAfterALiveEditOfTheVariables() {
      MockServer mock = withCollection();

      inTest(
          mock,
          "live edit",
          () -> {
            mock.addExample(Examples.get("/pets").respond(200).text("inline {{who}}"));
            mock.variable("who", "Ann");

            assertThat(Http.get(mock.baseUrl(), "/pets").body()).isEqualTo("inline Ann");
          });
    }

    @Test
    void withoutATestScopeLastsUntilTheServerCloses() {
      MockServer mock = withCollection();

      mock.addExample(Examples.get("/extra").respond(200).text("extra"));

      assertThat(Http.get(mock.baseUrl(), "/extra").body()).isEqualTo("extra");
      assertThat(Http.get(mock.baseUrl(), "/extra").body()).isEqualTo("extra");
    }

    @Test
    void theExamplesOfOneTestDoNotOutliveIt() {
      MockServer mock = withCollection();

      inTest(
          mock,
          "first",
          () -> {
            mock.addExample(Examples.get("/only-first").respond(200).text("first"));
          });
      inTest(
          mock,
          "second",
          () -> {
            assertThat(Http.get(mock.baseUrl(), "/only-first").statusCode()).isEqualTo(404);
          });
    }
  }

  @Nested
  class Export {
    @Test
    void aMocksExamplesExportToACollectionThatAnswersTheSame(@TempDir Path dir) {
      MockServer original =
          start(
              MockServer.builder()
                  .collection("pets.json", PETS.getBytes(StandardCharsets.UTF_8))
                  .example(
                      Examples.get("/hello")
                          .respond(200)
                          .bytes("héllo".getBytes(StandardCharsets.UTF_8))
                          .named("hello")));
      original.addExample(Examples.get("/only-in-test").respond(200));
      Path file = dir.resolve("export.postman_collection.json");

      original.exportCollection(file);
      MockServer reloaded = start(MockServer.builder().collection(file));

      for (String target : List.of("/pets", "/pets/1", "/hello")) {
        assertThat(Http.get(reloaded.baseUrl(), target).body())
            .as(target)
            .isEqualTo(Http.get(original.baseUrl(), target).body());
      }
      assertThat(Http.get(reloaded.baseUrl(), "/only-in-test").statusCode()).isEqualTo(404);
    }
  }

  /** Run {@code body} inside a test scope named {@code name}, as {@code @PostmanMock} does. */
  private static void inTest(MockServer mock, String name, Runnable body) {
    TestScope scope = mock.beginTest(name);
    try {
      body.run();
    } finally {
      scope.close();
    }
  }

  private static HttpResponse<byte[]> bytes(String url) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
