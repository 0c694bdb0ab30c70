package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.testing.Http;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What browser apps need of CORS: credentials ({@code fetch(url, {credentials: 'include'})}),
 * Private Network Access preflights, and a network preset paid on both round trips.
 */
class BrowserCorsTest {
  private static final String ORIGIN = "http://localhost:5173";
  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(MockServer::close);
  }

  private MockServer serve(MockServerBuilder builder, RecordingSleeper sleeper) {
    MockServer server =
        Seams.of(builder)
            .examples(
                List.of(
                    example("x", "GET", "/x").build(),
                    example("v", "GET", "/v").header("Vary", "Accept").build()))
            .sleeper(sleeper)
            .start();
    started.add(server);
    return server;
  }

  private static HttpResponse<String> preflight(MockServer mock, String... more) {
    List<String> headers =
        new ArrayList<>(List.of("Origin", ORIGIN, "Access-Control-Request-Method", "GET"));
    headers.addAll(List.of(more));
    return Http.send(mock.baseUrl(), "OPTIONS", "/x", null, headers.toArray(String[]::new));
  }

  @Test
  void answersTheOriginWithCredentialsAndVariesByOrigin() {
    MockServer mock = serve(MockServer.builder(), RecordingSleeper.instant());

    HttpHeaders x = Http.send(mock.baseUrl(), "GET", "/x", null, "Origin", ORIGIN).headers();
    HttpHeaders v = Http.send(mock.baseUrl(), "GET", "/v", null, "Origin", ORIGIN).headers();
    HttpHeaders pre = preflight(mock).headers();

    for (HttpHeaders h : List.of(x, pre)) {
      assertThat(h.allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
      assertThat(h.firstValue("Access-Control-Allow-Credentials")).hasValue("true");
      assertThat(h.firstValue("Vary")).hasValue("Origin");
    }
    assertThat(v.allValues("Vary")).containsExactly("Accept, Origin");
  }

  @Test
  void examplesOnlyKeepsEveryOriginWithoutCredentials() {
    MockServer mock =
        serve(MockServer.builder().cors(CorsMode.EXAMPLES_ONLY), RecordingSleeper.instant());

    HttpHeaders x = Http.send(mock.baseUrl(), "GET", "/x", null, "Origin", ORIGIN).headers();

    assertThat(x.firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(x.firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void allowsThePrivateNetworkWhenAPreflightAsks() {
    MockServer mock = serve(MockServer.builder(), RecordingSleeper.instant());

    HttpResponse<String> asked = preflight(mock, "Access-Control-Request-Private-Network", "true");
    HttpResponse<String> plain = preflight(mock);

    assertThat(asked.statusCode()).isEqualTo(204);
    assertThat(asked.headers().firstValue("Access-Control-Allow-Private-Network")).hasValue("true");
    assertThat(plain.headers().firstValue("Access-Control-Allow-Private-Network")).isEmpty();
  }

  @Test
  void aNetworkPresetDelaysThePreflightAndTheCall() {
    RecordingSleeper sleeper = RecordingSleeper.instant();
    MockServer mock = serve(MockServer.builder().delay(Delay.TWO_G), sleeper);

    preflight(mock, "x-mock-response-delay", "5000");
    Http.send(mock.baseUrl(), "GET", "/x", null, "Origin", ORIGIN);

    assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(300), Duration.ofMillis(300));
    assertThat(mock.allCalls().asList())
        .extracting(RecordedCall::delay)
        .containsExactly(Duration.ofMillis(300), Duration.ofMillis(300));
  }

  @Test
  void aFixedDelayOrAPresetSetLaterFollowsTheSameRule() {
    RecordingSleeper sleeper = RecordingSleeper.instant();
    MockServer mock = serve(MockServer.builder().delay(Delay.ofMillis(300)), sleeper);

    preflight(mock);
    mock.delay(Delay.THREE_G);
    preflight(mock);
    mock.delay(Delay.ofMillis(50));
    preflight(mock);

    assertThat(sleeper.asked()).containsExactly(Duration.ofMillis(100));
    assertThat(mock.allCalls().asList())
        .extracting(RecordedCall::delay)
        .containsExactly(Duration.ZERO, Duration.ofMillis(100), Duration.ZERO);
  }
}
