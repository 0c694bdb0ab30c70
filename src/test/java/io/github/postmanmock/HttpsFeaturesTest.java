package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delays, CORS, private mocks and the admin endpoints behave over HTTPS as over HTTP. */
class HttpsFeaturesTest {
  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(MockServer::close);
  }

  private MockServer start(MockServerBuilder builder) {
    MockServer mock =
        builder
            .https()
            .example(Examples.get("/pets/1").named("Rex").respond(200).json("{\"name\":\"Rex\"}"))
            .start();
    started.add(mock);
    return mock;
  }

  @Test
  void aDelayIsWaitedOutBeforeTheHttpsAnswer() {
    RecordingSleeper sleeper = RecordingSleeper.instant();
    MockServerBuilder builder =
        MockServer.builder()
            .https()
            .delay(Delay.ofMillis(250))
            .example(Examples.get("/pets/1").named("Rex").respond(200).json("{}"));
    MockServer mock = Seams.of(builder).sleeper(sleeper).start();
    started.add(mock);

    HttpResponse<String> got = Tls.trusting(mock).get(mock.baseUrl() + "/pets/1");

    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void browsersGetCorsHeadersAndPreflightAnswers() {
    MockServer mock = start(MockServer.builder());
    Tls client = Tls.trusting(mock);

    HttpResponse<String> preflight =
        client.send(
            HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/pets/1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
            "Origin",
            "https://app.example",
            "Access-Control-Request-Method",
            "GET");
    HttpResponse<String> get =
        client.get(mock.baseUrl() + "/pets/1", "Origin", "https://app.example");

    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
  }

  @Test
  void aPrivateMockWantsItsKeyOverHttpsToo() {
    MockServer mock = start(MockServer.builder().apiKey("s3cret"));
    Tls client = Tls.trusting(mock);

    assertThat(client.get(mock.baseUrl() + "/pets/1").statusCode()).isEqualTo(401);
    assertThat(client.get(mock.baseUrl() + "/pets/1", "x-api-key", "s3cret").statusCode())
        .isEqualTo(200);
  }

  @Test
  void theAdminEndpointsAndTheCallLogPageAnswerOverHttps() {
    MockServer mock = start(MockServer.builder().adminEndpoints(MockServer.DEFAULT_ADMIN_PREFIX));
    Tls client = Tls.trusting(mock);
    client.get(mock.baseUrl() + "/pets/1");

    HttpResponse<String> calls = client.get(mock.baseUrl() + "/__mock/calls");
    HttpResponse<String> page = client.get(mock.baseUrl() + "/__mock/");
    HttpResponse<String> health = client.get(mock.baseUrl() + "/__mock/health");

    assertThat(calls.statusCode()).isEqualTo(200);
    assertThat(calls.body()).contains("\"/pets/1\"", "Rex");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(health.body()).contains("UP");
    assertThat(mock.allCalls().size()).isEqualTo(1);
  }
}
