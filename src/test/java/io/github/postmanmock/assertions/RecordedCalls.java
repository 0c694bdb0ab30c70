package io.github.postmanmock.assertions;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.RecordedCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Three real calls recorded once by a server: matched GET, matched POST with JSON, unmatched. */
final class RecordedCalls {
  static final String COLLECTION =
      """
      {"info": {"name": "pets"}, "item": [{"name": "Pets", "item": [
        {"name": "Get pet", "request": "http://x/pets/1",
         "response": [{"name": "Rex", "code": 200, "originalRequest": "http://x/pets/1",
                       "body": "{\\"name\\": \\"Rex\\"}"}]},
        {"name": "Create pet", "request": {"method": "POST", "url": "http://x/pets"},
         "response": [{"name": "Created", "code": 201,
                       "originalRequest": {"method": "POST", "url": "http://x/pets"}}]}
      ]}]}
      """;

  private RecordedCalls() {}

  static MockServer start() {
    return MockServer.builder()
        .collection("pets.json", COLLECTION.getBytes(StandardCharsets.UTF_8))
        .start();
  }

  /** Send the three calls and return them in order. */
  static List<RecordedCall> sendThree(MockServer mock) {
    send(mock, "GET", "/pets/1?limit=10&name=a%20b", null, "X-Trace", "abc");
    send(
        mock,
        "POST",
        "/pets",
        "{\"name\": \"Tom\", \"age\": 3}",
        "Content-Type",
        "application/json");
    send(mock, "GET", "/orders", null, "X-Trace", "def");
    return mock.allCalls().asList();
  }

  static void send(MockServer mock, String method, String target, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + target))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
