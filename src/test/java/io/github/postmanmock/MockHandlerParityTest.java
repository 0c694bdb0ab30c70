package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The calls {@link RecordedCallFixture} builds are those a real server records: the same requests,
 * sent byte for byte over a socket to a server and given to the fixture, read the same through
 * every public method of {@link RecordedCall} but the two that tell the time.
 */
class MockHandlerParityTest {
  private static final String COLLECTION =
      """
      {"info": {"name": "pets"}, "variable": [{"key": "petName", "value": "Rex"}],
       "item": [{"name": "Pets", "item": [
        {"name": "Get pet", "request": "http://x/pets/:id",
         "response": [{"name": "Rex", "code": 200, "originalRequest": "http://x/pets/1",
                       "header": [{"key": "Content-Type", "value": "application/json"}],
                       "body": "{\\"name\\": \\"{{petName}}\\"}"}]},
        {"name": "Create pet", "request": {"method": "POST", "url": "http://x/pets"},
         "response": [{"name": "Created", "code": 201,
                       "originalRequest": {"method": "POST", "url": "http://x/pets"}}]}
      ]}]}
      """;
  private static final Set<String> TIMES = Set.of("servedAt", "latency");

  @Test
  void theFixtureRecordsEveryCallAsTheServerDoes() throws Exception {
    RecordedCallFixture fixture = RecordedCallFixture.of("pets.json", COLLECTION);
    List<Request> requests =
        List.of(
            new Request("GET", "/pets/1?limit=10&name=a%20b", "")
                .with("X-Trace", "abc")
                .with("x-mock-response-delay", "soon"),
            new Request("POST", "/pets", "{\"name\": \"Tom\", \"age\": 3}")
                .with("Content-Type", "application/json")
                .with("Origin", "http://localhost:3000"),
            new Request("GET", "/orders", "").with("Accept", "application/json"),
            new Request("OPTIONS", "/pets", "")
                .with("Origin", "http://localhost:3000")
                .with("Access-Control-Request-Method", "DELETE"));
    try (MockServer mock =
        MockServer.builder()
            .collection("pets.json", COLLECTION.getBytes(StandardCharsets.UTF_8))
            .start()) {
      for (Request r : requests) {
        r.send(mock);
        r.recordIn(fixture);
      }
      List<RecordedCall> served = mock.allCalls().asList();
      List<RecordedCall> built = fixture.log().asList();

      assertThat(built).hasSameSizeAs(requests);
      for (int i = 0; i < requests.size(); i++) {
        assertThat(readings(built.get(i)))
            .as("call %d, %s", i + 1, served.get(i))
            .isEqualTo(readings(served.get(i)));
      }
    }
  }

  /** What each public method without parameters returns, but the times; arrays as lists. */
  private static Map<String, Object> readings(RecordedCall call) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Method m : RecordedCall.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && m.getParameterCount() == 0
          && !TIMES.contains(m.getName())) {
        Object value = m.invoke(call);
        out.put(m.getName(), value instanceof byte[] b ? Arrays.toString(b) : value);
      }
    }
    assertThat(out).containsKeys("method", "requestHeaders", "responseBody", "noMatchReason");
    return out;
  }

  /** A request sent as is, headers in order, and closing its connection. */
  private static final class Request {
    private final String method;
    private final String target;
    private final String body;
    private final List<String[]> headers = new ArrayList<>();

    Request(String method, String target, String body) {
      this.method = method;
      this.target = target;
      this.body = body;
      headers.add(new String[] {"Host", "127.0.0.1"});
      headers.add(new String[] {"Connection", "close"});
      if (!body.isEmpty()) {
        headers.add(new String[] {"Content-Length", "" + body.length()});
      }
    }

    Request with(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    void recordIn(RecordedCallFixture fixture) {
      RecordedCallFixture.Request request = fixture.request(method, target).body(body);
      headers.forEach(h -> request.header(h[0], h[1]));
      request.record();
    }

    void send(MockServer mock) throws IOException {
      StringBuilder text = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
      headers.forEach(h -> text.append(h[0]).append(": ").append(h[1]).append("\r\n"));
      text.append("\r\n").append(body);
      try (Socket socket = new Socket("127.0.0.1", mock.port())) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        InputStream in = socket.getInputStream();
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).startsWith("HTTP/1.1");
      }
    }
  }
}
