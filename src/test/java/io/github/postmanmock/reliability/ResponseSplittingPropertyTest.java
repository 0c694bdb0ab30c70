package io.github.postmanmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a request holds, a response header templated from it reaches the wire as visible ASCII,
 * space and tab only, and as one header: checked on the raw bytes the server writes, for text drawn
 * from every UTF-16 code unit (so every character the JDK would write as a control byte).
 */
@Tag("reliability")
class ResponseSplittingPropertyTest {
  private static MockServer mock;

  @BeforeContainer
  static void start() {
    mock =
        MockServer.builder()
            .example(
                Examples.post("/echo")
                    .respond(200)
                    .header("X-Echo", "<{{$body 'v'}}>")
                    .header("X-After", "kept")
                    .text("ok"))
            .start();
  }

  @AfterContainer
  static void stop() {
    mock.close();
  }

  @Property(tries = 400)
  void aTemplatedHeaderIsOneLineOfVisibleAscii(
      @ForAll @CharRange(from = '\u0000', to = '\uffff') @StringLength(max = 40) String value)
      throws IOException {
    String body = "{\"v\":\"" + jsonEscaped(value) + "\"}";
    String request =
        "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + "Content-Length: "
            + body.length()
            + "\r\n\r\n"
            + body;

    byte[] answer =
        RawClient.exchange(mock.port(), request.getBytes(StandardCharsets.US_ASCII), 15_000);

    List<String> head = headLines(answer);
    assertThat(head.get(0)).startsWith("HTTP/1.1 200");
    assertThat(head).filteredOn(l -> l.regionMatches(true, 0, "X-Echo:", 0, 7)).hasSize(1);
    assertThat(head).filteredOn(l -> l.regionMatches(true, 0, "X-After:", 0, 8)).hasSize(1);
    assertThat(head.subList(1, head.size()))
        .allMatch(l -> l.indexOf(':') > 0, "a name: value line");
  }

  /** The lines of the response head, checking every byte is visible ASCII, SP or HTAB. */
  private static List<String> headLines(byte[] answer) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < answer.length; i++) {
      int b = answer[i] & 0xFF;
      if (b == '\r') {
        assertThat(i + 1).as("CR is followed by LF").isLessThan(answer.length);
        assertThat(answer[i + 1]).as("CR is followed by LF").isEqualTo((byte) '\n');
        if (i == start) {
          return lines;
        }
        lines.add(new String(answer, start, i - start, StandardCharsets.US_ASCII));
        start = i + 2;
        i++;
      } else {
        assertThat(b == '\t' || (b >= 0x20 && b < 0x7F))
            .as("byte 0x%02X at %d of the response head", b, i)
            .isTrue();
      }
    }
    throw new AssertionError("The response head never ended: " + lines);
  }

  private static String jsonEscaped(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      out.append(String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
