package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.testing.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance cases 50–62 of SPEC §7.6, end to end over HTTP. They need server options (delay,
 * CORS, keys, server responses, body limit) and checks (shapes, inequality, elapsed time) that the
 * data table of {@link SpecConformanceTest} does not express, so they are written out here.
 */
class FeatureConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UUID_V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

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

  private MockServer serve(MockExample... examples) {
    return serve(MockServer.builder(), examples);
  }

  @Test
  void tc50DynamicVariablesHaveTheirSpecifiedShapesAndUnknownOnesStay() throws Exception {
    MockServer mock =
        serve(
            example("r", "GET", "/r")
                .body(
                    "{\"id\":\"{{$guid}}\",\"ts\":{{$timestamp}},\"n\":{{$randomInt}},"
                        + "\"iso\":\"{{$isoTimestamp}}\",\"bad\":\"{{$nope}}\"}")
                .build());

    JsonNode body = JSON.readTree(Http.get(mock.baseUrl(), "/r").body());

    assertThat(body.path("id").asText()).matches(UUID_V4);
    assertThat(body.path("ts").isIntegralNumber()).isTrue();
    assertThat(body.path("ts").asLong()).isCloseTo(Instant.now().getEpochSecond(), within(5L));
    assertThat(body.path("n").asInt()).isBetween(0, 1000);
    assertThat(Instant.from(DateTimeFormatter.ISO_INSTANT.parse(body.path("iso").asText())))
        .isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    assertThat(body.path("iso").asText()).endsWith("Z");
    assertThat(body.path("bad").asText()).isEqualTo("{{$nope}}");
  }

  @Test
  void tc51EachOccurrenceOfADynamicVariableIsGeneratedOnItsOwn() throws Exception {
    MockServer mock =
        serve(example("r", "GET", "/r").body("{\"a\":\"{{$guid}}\",\"b\":\"{{$guid}}\"}").build());

    JsonNode body = JSON.readTree(Http.get(mock.baseUrl(), "/r").body());

    assertThat(body.path("a").asText()).matches(UUID_V4).isNotEqualTo(body.path("b").asText());
  }

  @Test
  void tc52TemplateHelpersReadBodyPathQueryAndHeaders() {
    MockServer mock =
        serve(
            example("t", "POST", "/echo/{{id}}")
                .body(
                    "{\"n\":\"{{$body 'user.name' 'x'}}\",\"m\":\"{{$body 'user.missing' 'dflt'}}\","
                        + "\"s\":\"{{$pathSegments '1'}}\",\"q\":\"{{$queryParams 'k'}}\","
                        + "\"h\":\"{{$headers 'x-trace'}}\",\"dot\":\"{{$body 'a\\.b'}}\"}")
                .build());

    HttpResponse<String> response =
        Http.send(
            mock.baseUrl(),
            "POST",
            "/echo/77?k=v",
            "{\"user\":{\"name\":\"Ann\"},\"a.b\":\"lit\"}",
            "X-Trace",
            "t1");

    assertThat(response.body())
        .isEqualTo(
            "{\"n\":\"Ann\",\"m\":\"dflt\",\"s\":\"77\",\"q\":\"v\",\"h\":\"t1\",\"dot\":\"lit\"}");
  }

  @Test
  void tc53HelperValuesAreInsertedAsRawText() {
    MockServer mock =
        serve(example("u", "POST", "/u").body("{\"username\": {{$body 'username'}}}").build());

    String body = Http.send(mock.baseUrl(), "POST", "/u", "{\"username\":\"s-m\"}").body();

    assertThat(body).isEqualTo("{\"username\": s-m}");
  }

  @Test
  void tc54WholeBodyHelperEchoesTheRequestBody() {
    MockServer mock = serve(example("u", "POST", "/u").body("{{$body}}").build());

    String body = Http.send(mock.baseUrl(), "POST", "/u", "{\"k\":[1,2]}").body();

    assertThat(body).isEqualTo("{\"k\":[1,2]}");
  }

  @Test
  void tc55DelayHeaderBeatsTheServerDelay() {
    RecordingSleeper sleeper = RecordingSleeper.instant();
    MockServer mock =
        serve(
            Seams.of(MockServer.builder().delay(Delay.ofMillis(2000))).sleeper(sleeper),
            example("d", "GET", "/d").build());

    HttpResponse<String> response =
        Http.send(mock.baseUrl(), "GET", "/d", null, "x-mock-response-delay", "300");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(300));
    assertThat(mock.allCalls().asList().get(0).delay()).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void tc56The2GPresetWaits300Milliseconds() {
    RecordingSleeper sleeper = RecordingSleeper.instant();
    MockServer mock =
        serve(
            Seams.of(MockServer.builder().delay(Delay.TWO_G)).sleeper(sleeper),
            example("d", "GET", "/d").build());

    int status = Http.get(mock.baseUrl(), "/d").statusCode();

    assertThat(status).isEqualTo(200);
    assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(300));
    assertThat(mock.allCalls().asList().get(0).delay()).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void tc57HeadersSavedAsOneStringAreAllSent() {
    String collection =
        "{\"info\":{\"name\":\"TC-57\",\"schema\":"
            + "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
            + "\"item\":[{\"name\":\"h\",\"request\":{\"method\":\"GET\",\"url\":\"/h\"},"
            + "\"response\":[{\"name\":\"h\",\"code\":200,\"originalRequest\":{\"method\":\"GET\","
            + "\"url\":\"/h\"},\"header\":\"Content-Type: application/json\\nX-A: 1\","
            + "\"body\":\"{}\"}]}]}";
    MockServer mock =
        serve(
            MockServer.builder()
                .collection("tc57.json", collection.getBytes(StandardCharsets.UTF_8)));

    HttpResponse<String> response = Http.get(mock.baseUrl(), "/h");

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("X-A")).hasValue("1");
  }

  @Test
  void tc58ResponsesToCallsWithAnOriginAllowThatOrigin() {
    MockServer mock = serve(example("x", "GET", "/x").build());

    HttpResponse<String> response =
        Http.send(mock.baseUrl(), "GET", "/x", null, "Origin", "http://localhost:3000");

    // our choice over SPEC TC-58's "*": the origin itself, so that credentials work too
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://localhost:3000");
  }

  @Test
  void tc59PreflightsWithoutAnOptionsExampleGetA204AndAreNotMatches() {
    MockServer mock = serve(example("x", "POST", "/x").build());

    HttpResponse<String> response = preflight(mock);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://localhost:3000");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
        .contains("POST");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValue("content-type");
    assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
    RecordedCall call = mock.allCalls().asList().get(0);
    assertThat(call.corsPreflight()).isTrue();
    assertThat(call.matched()).isFalse();
    assertThat(mock.allCalls().unmatched().size()).isZero();
  }

  @Test
  void tc59InExamplesOnlyModeAPreflightWithoutAnOptionsExampleIsUnmatched() {
    MockServer mock =
        serve(
            MockServer.builder().cors(CorsMode.EXAMPLES_ONLY), example("x", "POST", "/x").build());

    HttpResponse<String> response = preflight(mock);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("mockRequestNotFoundError");
    assertThat(mock.allCalls().unmatched().size()).isEqualTo(1);
  }

  static HttpResponse<String> preflight(MockServer mock) {
    return Http.send(
        mock.baseUrl(),
        "OPTIONS",
        "/x",
        null,
        "Origin",
        "http://localhost:3000",
        "Access-Control-Request-Method",
        "POST",
        "Access-Control-Request-Headers",
        "content-type");
  }

  @Test
  void tc60PrivateMocksRefuseCallsWithoutAnAcceptedKey() throws Exception {
    MockServer mock = serve(MockServer.builder().apiKey("K"), example("x", "GET", "/x").build());

    HttpResponse<String> without = Http.get(mock.baseUrl(), "/x");
    HttpResponse<String> wrong = Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "L");
    HttpResponse<String> with = Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "K");

    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(without.body()).path("error").path("name").asText())
        .isEqualTo("mockAuthError");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(with.statusCode()).isEqualTo(200);
  }

  @Test
  void tc61AnActiveServerResponseAnswersEveryCall() {
    MockServer mock =
        serve(
            MockServer.builder().serverResponse(ServerResponse.of(503).body("down")),
            example("x", "GET", "/x").build());

    HttpResponse<String> known = Http.get(mock.baseUrl(), "/x");
    HttpResponse<String> unknown = Http.get(mock.baseUrl(), "/anything");

    assertThat(known.statusCode()).isEqualTo(503);
    assertThat(known.body()).isEqualTo("down");
    assertThat(unknown.statusCode()).isEqualTo(503);
    assertThat(unknown.body()).isEqualTo("down");
  }

  @Test
  void tc62BodiesOverThePostmanLimitGet400UnderStrictMatching() {
    MockServer mock =
        serve(
            MockServer.builder().options(MatchingOptions.strict()),
            example("big", "POST", "/u").build());

    String body = "x".repeat(1536 * 1024);
    int status = Http.send(mock.baseUrl(), "POST", "/u", body).statusCode();

    assertThat(status).isEqualTo(400);
    assertThat(Http.send(mock.baseUrl(), "POST", "/u", "x".repeat(1000 * 1024)).statusCode())
        .isEqualTo(200);
  }
}
