package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text from a request (template helpers, wildcard captures) can never end a response header early
 * or add one: the raw bytes on the wire are checked, not what an HTTP client makes of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderInjectionTest {
  private MockServer mock;

  @BeforeAll
  void start() {
    mock =
        Seams.of(MockServer.builder())
            .examples(
                List.of(
                    example("body", "POST", "/body").header("X-Echo", "{{$body 'v'}}").build(),
                    example("query", "GET", "/query")
                        .header("X-Echo", "{{$queryParams 'v'}}")
                        .build(),
                    example("path", "GET", "/path/{{v}}").header("X-Echo", "<{{v}}>").build(),
                    example("segment", "GET", "/seg/{{v}}")
                        .header("X-Echo", "{{$pathSegments '1'}}")
                        .build()))
            .start();
  }

  @AfterAll
  void stop() {
    mock.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "a\\r\\nSet-Cookie: evil=1",
        "a\\nSet-Cookie: evil=1",
        "a\\rSet-Cookie: evil=1",
        "a\\u0000\\u000bSet-Cookie: evil=1",
        "a\\u2028Set-Cookie: evil=1"
      })
  void aJsonBodyCannotAddAHeader(String escaped) throws IOException {
    String body = "{\"v\":\"" + escaped + "\"}";
    String response =
        raw(
            "POST /body HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n"
                + body);

    assertSafe(response);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a%0D%0ASet-Cookie:%20evil=1", "a%0ASet-Cookie:%20evil=1", "a%00%0D"})
  void aQueryParameterCannotAddAHeader(String encoded) throws IOException {
    assertSafe(
        raw("GET /query?v=" + encoded + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void aPathSegmentCannotAddAHeader() throws IOException {
    assertSafe(
        raw(
            "GET /seg/a%0D%0ASet-Cookie:%20evil=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void aWildcardCaptureCannotAddAHeader() throws IOException {
    assertSafe(
        raw(
            "GET /path/a%0D%0ASet-Cookie:%20evil=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }

  /** The status line says 200, X-Echo is one line, and no Set-Cookie header exists. */
  private static void assertSafe(String response) {
    String head = response.substring(0, response.indexOf("\r\n\r\n"));
    assertThat(head).startsWith("HTTP/1.1 200");
    List<String> lines = List.of(head.split("\r\n", -1));
    assertThat(lines).noneMatch(l -> l.regionMatches(true, 0, "Set-Cookie", 0, 10));
    assertThat(lines).filteredOn(l -> l.regionMatches(true, 0, "X-Echo:", 0, 7)).hasSize(1);
    for (String line : lines) {
      assertThat(line.chars()).noneMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }
  }

  private String raw(String request) throws IOException {
    URI base = URI.create(mock.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
