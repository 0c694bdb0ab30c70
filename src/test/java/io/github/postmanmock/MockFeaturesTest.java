package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.testing.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeds, delays, private mocks, CORS, server responses and live edits, over HTTP. */
class MockFeaturesTest {
  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(MockServer::close);
  }

  private MockServer serve(MockServerBuilder builder, MockExample... examples) {
    return serve(Seams.of(builder), examples);
  }

  private MockServer serve(Seams builder, MockExample... examples) {
    MockServer server = builder.examples(List.of(examples)).start();
    started.add(server);
    return server;
  }

  private static String get(MockServer mock, String target, String... headers) {
    return Http.send(mock.baseUrl(), "GET", target, null, headers).body();
  }

  @Nested
  class Seeds {
    private final MockExample random =
        example("r", "GET", "/r").body("{{$guid}} {{$randomInt}} {{$randomIP}}").build();

    @Test
    void theSameSeedGivesTheSameValuesForTheSameCalls() {
      MockServer first = serve(MockServer.builder().seed(42), random);
      MockServer second = serve(MockServer.builder().seed(42), random);

      List<String> a = List.of(get(first, "/r"), get(first, "/r"));
      List<String> b = List.of(get(second, "/r"), get(second, "/r"));

      assertThat(a).isEqualTo(b);
      assertThat(a.get(0)).isNotEqualTo(a.get(1));
    }

    @Test
    void anotherSeedGivesOtherValues() {
      MockServer first = serve(MockServer.builder().seed(1), random);
      MockServer second = serve(MockServer.builder().seed(2), random);

      assertThat(get(first, "/r")).isNotEqualTo(get(second, "/r"));
    }

    @Test
    void theClockDrivesTimestampsAndTheCallLog() {
      Instant now = Instant.parse("2024-03-05T10:00:00Z");
      MockServer mock =
          serve(
              MockServer.builder().clock(Clock.fixed(now, ZoneOffset.UTC)),
              example("t", "GET", "/t").body("{{$timestamp}} {{$isoTimestamp}}").build());

      assertThat(get(mock, "/t")).isEqualTo("1709632800 2024-03-05T10:00:00.000Z");
      assertThat(mock.allCalls().asList().get(0).servedAt()).isEqualTo(now);
    }
  }

  @Nested
  class Delays {
    private final RecordingSleeper sleeper = RecordingSleeper.instant();

    private MockServer delayed(Delay delay, MockExample... examples) {
      return serve(Seams.of(MockServer.builder().delay(delay)).sleeper(sleeper), examples);
    }

    @Test
    void theMockDelayAppliesAndIsRecorded() {
      MockServer mock = delayed(Delay.THREE_G, example("d", "GET", "/d").build());

      get(mock, "/d");

      assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(100));
      assertThat(mock.allCalls().asList().get(0).delay()).isEqualTo(Duration.ofMillis(100));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "180001", "-5", "soon", "1.5"})
    void anInvalidDelayHeaderIsIgnoredWithANote(String value) {
      MockServer mock = delayed(Delay.ofMillis(250), example("d", "GET", "/d").build());

      get(mock, "/d", "x-mock-response-delay", value);

      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call.delay()).isEqualTo(Duration.ofMillis(250));
      assertThat(call.notes()).singleElement().asString().contains("[" + value + "]");
    }

    @Test
    void theLargestDelayHeaderIsHonoured() {
      MockServer mock = delayed(Delay.NONE, example("d", "GET", "/d").build());

      get(mock, "/d", "x-mock-response-delay", "180000");

      assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(180_000));
    }

    @Test
    void errorsAndServerResponsesAreDelayedButAutomaticPreflightsNotByAFixedDelay() {
      MockServer mock = delayed(Delay.ofMillis(300), example("d", "POST", "/x").build());
      get(mock, "/missing");
      FeatureConformanceTest.preflight(mock);
      mock.apiKey("K");
      get(mock, "/x");
      mock.publicAccess();
      mock.serverResponse(ServerResponse.of(503));
      get(mock, "/x");

      assertThat(mock.allCalls().asList())
          .extracting(c -> c.status() + " " + c.delay().toMillis())
          .containsExactly("404 300", "204 0", "401 300", "503 300");
    }

    @Test
    void aCallsLatencyRunsFromItsArrivalToItsAnswerAndSoHoldsItsDelay() {
      RecordingSleeper real = RecordingSleeper.real();
      MockServer mock =
          serve(Seams.of(MockServer.builder()).sleeper(real), example("d", "GET", "/d").build());

      Http.send(mock.baseUrl(), "GET", "/d", null, "x-mock-response-delay", "150");
      Http.get(mock.baseUrl(), "/d");

      List<RecordedCall> calls = mock.allCalls().asList();
      assertThat(calls.get(0).delay()).isEqualTo(Duration.ofMillis(150));
      assertThat(calls.get(0).latency()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
      assertThat(calls.get(1).delay()).isZero();
      assertThat(calls.get(1).latency()).isGreaterThanOrEqualTo(Duration.ZERO);
    }

    @Test
    void closingTheServerEndsAPendingDelayAtOnce() throws Exception {
      RecordingSleeper real = RecordingSleeper.real();
      MockServer mock =
          serve(Seams.of(MockServer.builder()).sleeper(real), example("d", "GET", "/d").build());
      CompletableFuture<Integer> call =
          CompletableFuture.supplyAsync(
              () ->
                  Http.send(mock.baseUrl(), "GET", "/d", null, "x-mock-response-delay", "60000")
                      .statusCode());
      assertThat(real.awaitFirstDelay(Duration.ofSeconds(10))).isTrue();

      mock.close();

      assertThat(call)
          .failsWithin(5, TimeUnit.SECONDS)
          .withThrowableOfType(ExecutionException.class);
      assertThat(mock.allCalls().isEmpty()).isTrue();
    }
  }

  @Nested
  class PrivateMocks {
    @Test
    void acceptsEveryConfiguredKeyAndMasksItInTheLog() {
      MockServer mock =
          serve(
              MockServer.builder().apiKey("one").apiKey("two"), example("x", "GET", "/x").build());

      int one = Http.send(mock.baseUrl(), "GET", "/x", null, "X-API-KEY", "one").statusCode();
      int two = Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "two").statusCode();
      int prefix = Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "on").statusCode();

      assertThat(List.of(one, two, prefix)).containsExactly(200, 200, 401);
      assertThat(mock.allCalls().asList())
          .allSatisfy(c -> assertThat(c.requestHeader("x-api-key")).hasValue("***"));
    }

    @Test
    void theKeyNeverReachesATemplate() {
      MockServer mock =
          serve(
              MockServer.builder().apiKey("secret"),
              example("x", "GET", "/x")
                  .header("X-Key", "[{{$headers 'x-api-key'}}]")
                  .body("[{{$headers 'x-api-key'}}] {{$headers}}")
                  .build());

      HttpResponse<String> response =
          Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "secret");

      assertThat(response.body()).startsWith("[] {").doesNotContain("secret");
      assertThat(response.headers().firstValue("X-Key")).hasValue("[]");
    }

    @Test
    void canBeMadePrivateAndPublicWhileRunning() {
      MockServer mock = serve(MockServer.builder(), example("x", "GET", "/x").build());
      int before = Http.get(mock.baseUrl(), "/x").statusCode();
      mock.apiKey("K");
      int locked = Http.get(mock.baseUrl(), "/x").statusCode();
      int unlocked = Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "K").statusCode();
      mock.publicAccess();
      int after = Http.get(mock.baseUrl(), "/x").statusCode();

      assertThat(List.of(before, locked, unlocked, after)).containsExactly(200, 401, 200, 200);
    }
  }

  @Nested
  class CorsHeaders {
    private static final String ORIGIN = "http://localhost:3000";

    @Test
    void exposesTheExampleHeadersAndKeepsItsOwnAllowOrigin() {
      MockServer mock =
          serve(
              MockServer.builder(),
              example("x", "GET", "/x").header("X-Total", "3").build(),
              example("y", "GET", "/y").header("Access-Control-Allow-Origin", ORIGIN).build());

      HttpResponse<String> x = Http.send(mock.baseUrl(), "GET", "/x", null, "Origin", ORIGIN);
      HttpResponse<String> y = Http.send(mock.baseUrl(), "GET", "/y", null, "Origin", ORIGIN);

      assertThat(x.headers().firstValue("Access-Control-Expose-Headers")).hasValue("X-Total");
      assertThat(y.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
    }

    @Test
    void addsNothingWithoutAnOriginOrWhenOff() {
      MockServer auto = serve(MockServer.builder(), example("x", "GET", "/x").build());
      MockServer off =
          serve(MockServer.builder().cors(CorsMode.OFF), example("x", "GET", "/x").build());

      HttpResponse<String> noOrigin = Http.get(auto.baseUrl(), "/x");
      HttpResponse<String> offOrigin =
          Http.send(off.baseUrl(), "GET", "/x", null, "Origin", ORIGIN);
      HttpResponse<String> offPreflight = FeatureConformanceTest.preflight(off);

      assertThat(noOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(offOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(offPreflight.statusCode()).isEqualTo(404);
    }

    @Test
    void anOptionsExampleAnswersThePreflightAsAMatch() {
      MockServer mock =
          serve(
              MockServer.builder().cors(CorsMode.EXAMPLES_ONLY),
              example("pre", "OPTIONS", "/x").code(200).header("Allow", "POST").build());

      HttpResponse<String> response = FeatureConformanceTest.preflight(mock);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
      assertThat(mock.allCalls().asList().get(0).matchedExample()).hasValue("pre");
    }

    @Test
    void errorsCarryTheAllowOriginSoBrowsersCanReadThem() {
      MockServer mock = serve(MockServer.builder().apiKey("K"), example("x", "GET", "/x").build());

      HttpResponse<String> response =
          Http.send(mock.baseUrl(), "GET", "/x", null, "Origin", ORIGIN);
      HttpResponse<String> preflight = FeatureConformanceTest.preflight(mock);

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
      assertThat(preflight.statusCode()).isEqualTo(204);
    }
  }

  @Nested
  class ServerResponses {
    @Test
    void answerEveryCallWhileSetWithHeadersAndTemplates() {
      MockServer mock = serve(MockServer.builder(), example("x", "GET", "/x").body("ok").build());

      mock.serverResponse(
          ServerResponse.of(503)
              .header("Retry-After", "30")
              .json("{\"error\":\"down\",\"path\":\"{{$pathSegments '0'}}\"}"));
      HttpResponse<String> down = Http.get(mock.baseUrl(), "/x");
      mock.clearServerResponse();
      HttpResponse<String> up = Http.get(mock.baseUrl(), "/x");

      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(down.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(down.body()).isEqualTo("{\"error\":\"down\",\"path\":\"x\"}");
      assertThat(up.body()).isEqualTo("ok");
      assertThat(mock.allCalls().asList().get(0)).hasToString("GET /x -> 503 (server response)");
    }

    @Test
    void rejectsStatusesOutsideHttp() {
      assertThatThrownBy(() -> ServerResponse.of(99))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("status must be in [100, 599] but was [99]");
    }
  }

  @Nested
  class LiveEdits {
    @TempDir Path dir;

    @Test
    void variablesAndEnvironmentsChangeTheNextResponse() throws Exception {
      Path env = dir.resolve("staging.postman_environment.json");
      Files.writeString(
          env,
          "{\"name\":\"staging\",\"values\":[{\"key\":\"stage\",\"value\":\"staging\"}]}",
          StandardCharsets.UTF_8);
      MockServer mock =
          serve(
              MockServer.builder().variable("who", "Ann"),
              example("g", "GET", "/g").body("{{who}}@{{stage}}").build());

      String first = get(mock, "/g");
      mock.environment(env);
      String second = get(mock, "/g");
      mock.variable("who", "Bob");
      String third = get(mock, "/g");
      mock.removeVariable("who");
      String fourth = get(mock, "/g");

      assertThat(List.of(first, second, third, fourth))
          .containsExactly("Ann@{{stage}}", "Ann@staging", "Bob@staging", "{{who}}@staging");
    }

    @Test
    void examplesCanBeLoadedAndRemoved() throws Exception {
      Path extra = dir.resolve("extra.postman_collection.json");
      Files.writeString(
          extra,
          "{\"info\":{\"name\":\"extra\",\"schema\":"
              + "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
              + "\"item\":[{\"name\":\"n\",\"request\":{\"method\":\"GET\",\"url\":\"/new\"},"
              + "\"response\":[{\"id\":\"n1\",\"name\":\"new one\",\"code\":201,"
              + "\"originalRequest\":{\"method\":\"GET\",\"url\":\"/new\"}}]}]}",
          StandardCharsets.UTF_8);
      MockServer mock = serve(MockServer.builder(), example("old", "GET", "/old").build());

      int before = Http.get(mock.baseUrl(), "/new").statusCode();
      mock.loadCollection(extra);
      int loaded = Http.get(mock.baseUrl(), "/new").statusCode();
      mock.removeExample("n1");
      mock.removeExample("old");
      int removedById = Http.get(mock.baseUrl(), "/new").statusCode();
      int removedByName = Http.get(mock.baseUrl(), "/old").statusCode();

      assertThat(List.of(before, loaded, removedById, removedByName))
          .containsExactly(404, 201, 404, 404);
    }

    @Test
    void removingAnUnknownExampleNamesTheExamplesThereAre() {
      MockServer mock = serve(MockServer.builder(), example("Rex", "GET", "/pets/1").build());

      assertThatThrownBy(() -> mock.removeExample("Rexx"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "No example is named or has the id [\"Rexx\"]; the mock has the examples [Rex]");
    }

    @Test
    void theDelayCanBeChangedWhileRunning() {
      RecordingSleeper sleeper = RecordingSleeper.instant();
      MockServer mock =
          serve(Seams.of(MockServer.builder()).sleeper(sleeper), example("d", "GET", "/d").build());

      get(mock, "/d");
      mock.delay(Delay.TWO_G);
      get(mock, "/d");
      mock.delay(Delay.NONE);
      get(mock, "/d");

      assertThat(mock.allCalls().asList())
          .extracting(c -> c.delay().toMillis())
          .containsExactly(0L, 300L, 0L);
    }
  }
}
