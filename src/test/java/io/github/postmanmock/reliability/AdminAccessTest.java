package io.github.postmanmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin endpoints are as private as the mock and answer only calls addressed to this server, so
 * neither another caller without the key nor a web page using DNS rebinding can read or clear the
 * call log. Raw requests, because an HTTP client will not let a test choose the Host header.
 */
@Tag("reliability")
class AdminAccessTest {
  private static final String KEY = "s3cret";
  private MockServer mock;

  @AfterEach
  void stop() {
    mock.close();
  }

  private MockServer start(MockServerBuilder builder) {
    mock =
        builder
            .example(Examples.get("/pets/1").respond(200).json("{\"id\":1}"))
            .adminEndpoints("/__mock")
            .start();
    return mock;
  }

  private String call(String method, String path, String host, String key) throws IOException {
    return RawClient.exchange(
        mock.port(),
        method
            + " "
            + path
            + " HTTP/1.1\r\n"
            + (host == null ? "" : "Host: " + host + "\r\n")
            + (key == null ? "" : "x-api-key: " + key + "\r\n")
            + "Connection: close\r\n\r\n");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, /__mock/calls, 401", "GET, /__mock/, 401", "DELETE, /__mock/calls, 401"})
  void aPrivateMocksAdminEndpointsNeedItsKey(String method, String path, int status)
      throws IOException {
    start(MockServer.builder().apiKey(KEY));
    String host = "127.0.0.1:" + mock.port();

    assertThat(call(method, path, host, null)).startsWith("HTTP/1.1 " + status);
    assertThat(call(method, path, host, "wrong")).startsWith("HTTP/1.1 " + status);
    assertThat(call(method, path, host, KEY)).matches("(?s)HTTP/1\\.1 20[04] .*");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/__mock/", "/__mock/calls", "/__mock/health"})
  void theKeyDoesNotOpenTheAdminEndpointsToAForeignHost(String path) throws IOException {
    start(MockServer.builder().apiKey(KEY));

    assertThat(call("GET", path, "evil.example:" + mock.port(), KEY)).startsWith("HTTP/1.1 403");
    assertThat(call("GET", path, null, KEY)).startsWith("HTTP/1.1 403");
  }

  @ParameterizedTest(name = "Host: {0}")
  @ValueSource(strings = {"localhost", "localhost:3000", "127.0.0.1", "LOCALHOST:1", "[::1]:80"})
  void aPublicMockAnswersLoopbackNames(String host) throws IOException {
    start(MockServer.builder());

    assertThat(call("GET", "/__mock/calls", host, null)).startsWith("HTTP/1.1 200");
  }

  @ParameterizedTest(name = "Host: {0}")
  @ValueSource(strings = {"evil.example", "127.0.0.1.evil.example", "localhost.evil:80", "[::2]"})
  void aPublicMockRefusesForeignHostsUnlessAllowed(String host) throws IOException {
    start(MockServer.builder().allowedHosts("mock.test"));

    assertThat(call("GET", "/__mock/calls", host, null))
        .startsWith("HTTP/1.1 403")
        .contains("allowedHosts");
    assertThat(call("DELETE", "/__mock/calls", host, null)).startsWith("HTTP/1.1 403");
    assertThat(call("GET", "/__mock/calls", "mock.test:8080", null)).startsWith("HTTP/1.1 200");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"GET /pets/1", "GET /__mock/calls"})
  void theAdminRefusalChangesNothingForMockedCalls(String line) throws IOException {
    start(MockServer.builder());

    String answer = call(line.split(" ")[0], line.split(" ")[1], "localhost", null);

    assertThat(answer).startsWith("HTTP/1.1 200");
  }

  @org.junit.jupiter.api.Test
  void thePageWithoutTheKeyIsTheFormThatAsksForItAndItsIconIsAllowed() throws IOException {
    start(MockServer.builder().apiKey(KEY));

    String page = call("GET", "/__mock/", "localhost", null);

    assertThat(page).startsWith("HTTP/1.1 401").contains("x-api-key").contains("sessionStorage");
    assertThat(page).containsPattern("(?i)Content-Security-Policy: [^\r]*img-src data:");
    assertThat(page).contains("<link rel=\"icon\" href=\"data:,\">");
  }
}
