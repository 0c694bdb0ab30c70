package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A mock on a test clock far from now answers and logs its calls at that clock's time. */
class FarClockTest {
  @Test
  void callsAreLoggedAtAnyInstantTheClockGives() throws Exception {
    Instant far = Instant.parse("2300-01-01T00:00:00.123456789Z");
    try (MockServer mock =
        MockServer.builder()
            .example(Examples.get("/now").respond(200).json("{}"))
            .clock(Clock.fixed(far, ZoneOffset.UTC))
            .start()) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/now")).build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(mock.allCalls().asList())
          .singleElement()
          .satisfies(call -> assertThat(call.servedAt()).isEqualTo(far));
    }
  }
}
