package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.internal.render.ResponseRenderer;
import io.github.postmanmock.internal.render.TokenResolver;
import io.github.postmanmock.internal.server.ServedCall.Outcome;
import io.github.postmanmock.testing.ExampleFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A call the mock fails to answer gets a 500, and the log keeps it as it came, body included. */
class FailedAnswerTest {
  @Test
  void theCallOfAFailedAnswerIsLoggedWithItsBody() throws Exception {
    TokenResolver boom =
        (token, context) -> {
          throw new IllegalStateException("the template broke");
        };
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(ExampleFixture.of("POST", "/echo").body("{{anything}}")),
            Variables.EMPTY,
            MatchOptions.defaults());
    List<ServedCall> log = new CopyOnWriteArrayList<>();
    ServerSettings settings =
        new ServerSettings("127.0.0.1", 0, -1, 413, Set.of(), "failed-answer", null, Set.of());
    try (MockHttpServer server =
        MockHttpServer.start(
            settings,
            MockState.of(engine),
            ResponseRenderer.of(List.of(boom), false),
            log::add,
            Clock.systemUTC(),
            Sleeper.REAL,
            null)) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/echo"))
                      .POST(HttpRequest.BodyPublishers.ofString("hello"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(500);
      assertThat(log)
          .singleElement()
          .satisfies(
              call -> {
                assertThat(call.outcome()).isEqualTo(Outcome.ERROR);
                assertThat(new String(call.call().body(), StandardCharsets.UTF_8))
                    .isEqualTo("hello");
                assertThat(call.report()).contains("the template broke");
              });
    }
  }
}
