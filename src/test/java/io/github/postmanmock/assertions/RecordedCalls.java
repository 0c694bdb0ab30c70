package io.github.postmanmock.assertions;

import io.github.postmanmock.RecordedCallFixture;

/**
 * Three calls of a JDK {@code HttpClient}, recorded as a server records them: a matched GET, a
 * matched POST with JSON, an unmatched GET.
 */
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

  /** The mock after the three calls; its log holds them in order. */
  static RecordedCallFixture sendThree() {
    RecordedCallFixture pets = RecordedCallFixture.of("pets.json", COLLECTION);
    upgrading(pets.get("/pets/1?limit=10&name=a%20b")).header("X-Trace", "abc").record();
    String json = "{\"name\": \"Tom\", \"age\": 3}";
    client(pets.post("/pets", json))
        .header("Content-Length", "" + json.length())
        .header("Content-Type", "application/json")
        .record();
    upgrading(pets.get("/orders")).header("X-Trace", "def").record();
    return pets;
  }

  /** The headers the JDK client sends with every call. */
  private static RecordedCallFixture.Request client(RecordedCallFixture.Request request) {
    return request.header("Host", "127.0.0.1:54321").header("User-Agent", "Java-http-client/17");
  }

  /**
   * The headers of a JDK client's call without a body, which also offers to upgrade the connection
   * to HTTP/2 ({@code h2c}): headers of the connection, not of the call.
   */
  private static RecordedCallFixture.Request upgrading(RecordedCallFixture.Request request) {
    return client(request)
        .header("Connection", "Upgrade, HTTP2-Settings")
        .header("Content-Length", "0")
        .header("HTTP2-Settings", "AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA")
        .header("Upgrade", "h2c");
  }
}
