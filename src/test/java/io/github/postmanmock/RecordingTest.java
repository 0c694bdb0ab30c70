package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.runtime.Source;
import io.github.postmanmock.testing.Http;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private OrdersService service;
  private final List<MockServer> started = new ArrayList<>();

  @BeforeEach
  void startService() {
    service = OrdersService.start();
  }

  @AfterEach
  void stopAll() {
    started.forEach(MockServer::close);
    service.close();
  }

  private MockServer record(Path out) {
    return record(MockServer.builder().recordTo(out));
  }

  private MockServer record(MockServerBuilder builder) {
    MockServer mock = builder.recordFrom(service.uri()).start();
    started.add(mock);
    return mock;
  }

  private static List<MockExample> examples(Path file) {
    return Source.of(file).collection().examples();
  }

  @Nested
  class Forwarding {
    @Test
    void returnsTheServiceAnswerUnchanged() {
      MockServer mock = record(dir.resolve("orders.json"));

      HttpResponse<String> got = Http.get(mock.baseUrl(), "/orders?page=2");

      assertThat(got.statusCode()).isEqualTo(200);
      assertThat(got.body()).isEqualTo("[{\"id\":42,\"page\":\"page=2\"}]");
      assertThat(got.headers().firstValue("X-Trace")).hasValue("trace-1");
      assertThat(got.headers().firstValue("Set-Cookie")).hasValue("session=secret-cookie");
      assertThat(got.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void passesRedirectsBackInsteadOfFollowingThem() {
      MockServer mock = record(dir.resolve("orders.json"));

      HttpResponse<String> got = Http.get(mock.baseUrl(), "/old");

      assertThat(got.statusCode()).isEqualTo(302);
      assertThat(got.headers().firstValue("Location")).hasValue("/orders");
    }

    @Test
    void sendsTheRequestOnWithTheTargetHostAndTheClientsCredentials() {
      MockServer mock = record(dir.resolve("orders.json"));

      HttpResponse<String> got =
          Http.send(
              mock.baseUrl(),
              "POST",
              "/orders",
              "{\"item\":\"tea\"}",
              "Content-Type",
              "application/json",
              "Authorization",
              "Bearer real-token");

      assertThat(got.statusCode()).isEqualTo(201);
      assertThat(got.body()).isEqualTo("{\"id\":43,\"order\":{\"item\":\"tea\"}}");
      Map<String, List<String>> seen = service.seenHeaders().get(0);
      assertThat(seen.get("Host")).containsExactly(service.uri().getAuthority());
      assertThat(seen).doesNotContainKeys("Connection", "Upgrade", "Http2-settings");
      assertThat(seen.get("Authorization")).containsExactly("Bearer real-token");
    }

    @Test
    void logsEachCallAsRecordedNotAsUnmatched() {
      MockServer mock = record(dir.resolve("orders.json"));

      Http.get(mock.baseUrl(), "/orders/42");

      assertThat(mock.calls().asList())
          .singleElement()
          .satisfies(c -> assertThat(c.proxied()).isTrue())
          .satisfies(c -> assertThat(c.matched()).isFalse())
          .hasToString("GET /orders/42 -> 200 (recorded from the target)");
      assertThat(mock.calls().unmatched().asList()).isEmpty();
    }
  }

  @Nested
  class Writing {
    @Test
    void writesNothingUntilTheServerClosesThenAValidCollection() {
      Path out = dir.resolve("orders.postman_collection.json");
      MockServer mock = record(out);
      Http.get(mock.baseUrl(), "/orders/42");
      Http.send(mock.baseUrl(), "DELETE", "/orders/42", null);

      assertThat(out).doesNotExist();
      mock.close();

      Collection written = Source.of(out).collection();
      assertThat(written.name()).isEqualTo("orders");
      assertThat(written.examples())
          .extracting(MockExample::location)
          .containsExactly(
              "orders/GET /orders/42/GET /orders/42 -> 200",
              "orders/DELETE /orders/42/DELETE /orders/42 -> 204");
      assertThat(written.variables())
          .singleElement()
          .satisfies(v -> assertThat(v.value()).isEqualTo(service.uri().toString()));
    }

    @Test
    void savesOnRequestAndLeavesNoTemporaryFile() throws IOException {
      Path out = dir.resolve("orders.json");
      MockServer mock = record(out);
      Http.get(mock.baseUrl(), "/orders/42");

      assertThat(mock.saveRecording()).isEqualTo(1);

      assertThat(examples(out)).hasSize(1);
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).containsExactly(out);
      }
    }

    @Test
    void storesIdenticalExchangesOnce() {
      Path out = dir.resolve("orders.json");
      MockServer mock = record(out);
      Http.get(mock.baseUrl(), "/orders/42");
      Http.get(mock.baseUrl(), "/orders/42");
      Http.get(mock.baseUrl(), "/orders/7");
      mock.close();

      assertThat(examples(out))
          .extracting(MockExample::name)
          .containsExactly("GET /orders/42 -> 200", "GET /orders/7 -> 404");
    }

    @Test
    void leavesSensitiveHeadersOut() throws IOException {
      Path out = dir.resolve("orders.json");
      MockServer mock = record(MockServer.builder().recordTo(out).recordWithoutHeader("X-Trace"));
      Http.send(
          mock.baseUrl(),
          "GET",
          "/orders",
          null,
          "Authorization",
          "Bearer real-token",
          "Cookie",
          "session=client-cookie",
          "X-Api-Key",
          "key-123");
      mock.close();

      String text = Files.readString(out);
      assertThat(text)
          .doesNotContain("real-token", "client-cookie", "secret-cookie", "key-123", "trace-1")
          .contains("page");
    }

    @Test
    void failsAtStartWhenThereIsNoFileToWriteTo() {
      MockServerBuilder builder = MockServer.builder().recordFrom(service.uri());

      assertThatThrownBy(builder::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("recordTo(Path)");
    }

    @Test
    void refusesATargetThatIsNotAnHttpUrl() {
      MockServerBuilder builder =
          MockServer.builder()
              .recordFrom(URI.create("ftp://example.com"))
              .recordTo(dir.resolve("x.json"));

      assertThatThrownBy(builder::start)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("[ftp://example.com]");
    }
  }

  @Nested
  class Appending {
    private static final String EXISTING =
        "{\"info\":{\"name\":\"shop\",\"schema\":"
            + "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\","
            + "\"x-team\":{\"owner\":\"ops\",\"price\":1.10}},"
            + "\"item\":[{\"name\":\"Health\",\"request\":{\"method\":\"GET\","
            + "\"url\":\"{{baseUrl}}/health\"},\"response\":[{\"name\":\"up\",\"code\":200,"
            + "\"body\":\"ok\",\"originalRequest\":{\"method\":\"GET\","
            + "\"url\":\"{{baseUrl}}/health\"}}]}],"
            + "\"variable\":[{\"key\":\"baseUrl\",\"value\":\"https://shop.example\"}]}";

    @Test
    void addsExamplesAndKeepsEverythingThatWasThere() throws IOException {
      Path out = dir.resolve("shop.json");
      Files.writeString(out, EXISTING);
      MockServer mock = record(out);
      Http.get(mock.baseUrl(), "/orders/42");
      mock.close();

      JsonNode before = JSON.readTree(EXISTING);
      JsonNode after = JSON.readTree(out.toFile());
      assertThat(after.get("info")).isEqualTo(before.get("info"));
      assertThat(after.get("variable")).isEqualTo(before.get("variable"));
      assertThat(after.get("item").get(0)).isEqualTo(before.get("item").get(0));
      assertThat(examples(out))
          .extracting(MockExample::name)
          .containsExactly("up", "GET /orders/42 -> 200");
      assertThat(Files.readString(out)).contains("1.10");
    }

    @Test
    void addsNothingWhenARunRepeatsWhatIsSaved() throws IOException {
      Path out = dir.resolve("shop.json");
      for (int run = 0; run < 2; run++) {
        MockServer mock = record(out);
        Http.get(mock.baseUrl(), "/orders/42");
        mock.close();
      }

      assertThat(examples(out)).hasSize(1);
    }

    @Test
    void refusesToStartOnABrokenCollection() throws IOException {
      Path out = dir.resolve("broken.json");
      Files.writeString(out, "{\"item\": 3}");
      MockServerBuilder builder = MockServer.builder().recordTo(out).recordFrom(service.uri());

      assertThatThrownBy(builder::start).isInstanceOf(InvalidCollectionException.class);
      assertThat(Files.readString(out)).isEqualTo("{\"item\": 3}");
    }
  }

  @Nested
  class Replaying {
    @Test
    void servesTheRecordedAnswersWithTheServiceStopped() {
      Path out = dir.resolve("orders.json");
      List<String[]> session =
          List.of(
              new String[] {"GET", "/orders?page=2", null},
              new String[] {"GET", "/orders/42", null},
              new String[] {"GET", "/orders/7", null},
              new String[] {"POST", "/orders", "{\"item\":\"tea\"}"},
              new String[] {"DELETE", "/orders/42", null},
              new String[] {"GET", "/", null});
      List<HttpResponse<String>> live = new ArrayList<>();
      try (MockServer recorder = record(out)) {
        for (String[] call : session) {
          live.add(Http.send(recorder.baseUrl(), call[0], call[1], call[2]));
        }
      }
      service.close();

      try (MockServer replay = MockServer.builder().collection(out).start()) {
        for (int i = 0; i < session.size(); i++) {
          String[] call = session.get(i);
          HttpResponse<String> got = Http.send(replay.baseUrl(), call[0], call[1], call[2]);
          assertThat(got.statusCode())
              .as(call[0] + " " + call[1])
              .isEqualTo(live.get(i).statusCode());
          assertThat(got.body()).as(call[0] + " " + call[1]).isEqualTo(live.get(i).body());
        }
        assertThat(replay.allCalls().unmatched().asList()).isEmpty();
      }
    }

    @Test
    void matchesAnyIdWhenIdsWereSavedAsVariables() {
      Path out = dir.resolve("orders.json");
      try (MockServer recorder =
          record(MockServer.builder().recordTo(out).recordIdsAsVariables(true))) {
        Http.get(recorder.baseUrl(), "/orders/42");
      }
      service.close();

      try (MockServer replay = MockServer.builder().collection(out).start()) {
        HttpResponse<String> got = Http.get(replay.baseUrl(), "/orders/1234");

        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo("{\"id\":42,\"item\":\"tea\"}");
      }
      assertThat(examples(out))
          .extracting(MockExample::name)
          .containsExactly("GET /orders/{{id}} -> 200");
    }
  }

  @Nested
  class UnreachableTarget {
    @Test
    void answers502WithTheReasonAndRecordsIt() throws IOException {
      int closedPort = 1; // nothing listens there, unlike a freed port a test beside it can take
      Path out = dir.resolve("down.json");
      MockServer mock =
          MockServer.builder()
              .recordFrom(URI.create("http://127.0.0.1:" + closedPort))
              .recordTo(out)
              .start();
      started.add(mock);

      HttpResponse<String> got = Http.get(mock.baseUrl(), "/orders");
      mock.close();

      assertThat(got.statusCode()).isEqualTo(502);
      JsonNode error = JSON.readTree(got.body()).get("error");
      assertThat(error.get("name").textValue()).isEqualTo("recordingTargetError");
      assertThat(error.get("message").textValue())
          .contains("[http://127.0.0.1:" + closedPort + "] could not be reached");
      assertThat(mock.allCalls().asList())
          .singleElement()
          .satisfies(c -> assertThat(c.noMatchReason()).contains("could not be reached"));
      assertThat(examples(out)).extracting(MockExample::name).containsExactly("GET /orders -> 502");
    }
  }
}
