package io.github.postmanmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed requests over raw sockets, with assertions on (Surefire's default): each one gets an
 * error answer or a closed connection, the offending connection is read to its end, and only then
 * is the server asked for a normal answer.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestsTest {
  private MockServer mock;

  @BeforeAll
  void start() {
    mock = MockServer.builder().example(Examples.get("/ok").respond(200).text("ok")).start();
  }

  @AfterAll
  void stop() {
    mock.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "THIS IS NOT HTTP||",
        "GET /%zz HTTP/1.1|Host: x||",
        "GET /x HTTP/1.1|Content-Length: abc||",
        "GET /x HTTP/1.1|Content-Length: -5||",
        "POST /x HTTP/1.1|Content-Length: 1|Content-Length: 2||ab",
        "GET /x HTTP/1.1|Transfer-Encoding: chunked||zz||",
        "POST /x HTTP/1.1|Transfer-Encoding: chunked||5|ab||",
        "POST /x HTTP/1.1|Transfer-Encoding: chunked||ffffffffffffffffff|x||",
        "POST /x HTTP/1.1|Transfer-Encoding: chunked||3|abcdef|0||",
        "POST /x HTTP/1.1|Transfer-Encoding: gzip, chunked||0||",
        "POST /x HTTP/1.1|Transfer-Encoding: chunked|Content-Length: 3||0||",
        "GET /x HTTP/1.1|Bad Header Without Colon||",
        "GET /x HTTP/1.1| folded: header||",
        "GET http://[::1 HTTP/1.1|Host: x||",
        "GET /x\u0000y HTTP/1.1|Host: x||",
        "GET /x HTTP/9.9|Host: x||",
        "GET||",
        "POST /x HTTP/1.1|Content-Length: 100||cut short",
        "GET /x HTTP/1.1|Host: x|Expect: 100-continue|Content-Length: 5||",
        "GET /x HTTP/1.1\nHost: x\n\n",
        "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003",
      })
  void answersOrClosesAndKeepsServing(String request) throws IOException {
    String wire = request.replace("|", "\r\n");

    String answer = RawClient.exchange(mock.port(), wire);

    assertThat(answer)
        .as("no answer, or a client error (after 100 Continue if asked for) or 501")
        .matches("(?s)|(HTTP/1\\.1 100 .*?\r\n\r\n)?HTTP/1\\.1 (4\\d\\d|501) .*");
    assertThat(
            RawClient.exchange(
                mock.port(), "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
  }
}
