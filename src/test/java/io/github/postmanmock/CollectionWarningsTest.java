package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Lint warnings on a started server: listed, summarised in the log, or an error on request. */
class CollectionWarningsTest {
  private static final byte[] NO_EXAMPLES =
      ("{\"info\": {\"name\": \"t\"}, \"item\": [{\"name\": \"Lonely\", \"request\":"
              + " \"http://x/a\"}, {\"name\": \"Get\", \"request\": \"http://x/b\", \"response\":"
              + " [{\"name\": \"B\", \"originalRequest\": \"http://x/b\", \"code\": 200}]}]}")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] PATH_VARIABLE =
      ("{\"info\": {\"name\": \"t\"}, \"item\": [{\"name\": \"Get\", \"request\":"
              + " \"http://x/pv/:pid\", \"response\": [{\"name\": \"A\", \"originalRequest\":"
              + " \"http://x/pv/:pid\", \"code\": 200, \"body\": \"pv {{pid}}\"}]}]}")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] UNDEFINED =
      ("{\"info\": {\"name\": \"t\"}, \"item\": [{\"name\": \"Get\", \"request\":"
              + " \"http://x/b\", \"response\": [{\"name\": \"B\", \"originalRequest\":"
              + " \"http://x/b\", \"code\": 200, \"body\": \"{{missing}}\"}]}]}")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void valueLessPathVariableUsedInTheBodyIsNoWarningAndStartsUnderStrictMatching() {
    try (MockServer mock =
        MockServer.builder()
            .collection("t.json", PATH_VARIABLE)
            .options(MatchingOptions.strict())
            .start()) {
      assertThat(mock.warnings()).isEmpty();
      assertThat(Http.get(mock.baseUrl(), "/pv/abc").body()).isEqualTo("pv abc");
    }
  }

  @Test
  void eachWarningIsListedOnce() {
    try (MockServer mock = MockServer.builder().collection("t.json", UNDEFINED).start()) {
      assertThat(mock.warnings())
          .containsExactly(
              "[t.json] at [/item/0/response/0]: Example [Get/B] uses variables defined nowhere:"
                  + " [missing]; they are sent as written. Define them in the collection or"
                  + " environment");
    }
  }

  @Test
  void serverListsWarningsAndKeepsServing() {
    try (MockServer mock = MockServer.builder().collection("t.json", NO_EXAMPLES).start()) {
      assertThat(mock.warnings())
          .containsExactly(
              "[t.json]: Request [Lonely] has no saved example, so the mock never answers it;"
                  + " save a response as an example in Postman");
      assertThat(Http.get(mock.baseUrl(), "/b").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void failOnCollectionWarningsTurnsWarningsIntoAnError() {
    MockServerBuilder failing =
        MockServer.builder().collection("t.json", NO_EXAMPLES).failOnCollectionWarnings(true);

    assertThatThrownBy(failing::start)
        .isInstanceOfSatisfying(
            InvalidCollectionException.class, e -> assertThat(e.source()).isEqualTo("t.json"))
        .hasMessage(
            "failOnCollectionWarnings allows no collection warnings but found [1]:\n"
                + "  [t.json]: Request [Lonely] has no saved example, so the mock never answers"
                + " it; save a response as an example in Postman\n"
                + "Fix them, or start with failOnCollectionWarnings(false) to see them as"
                + " warnings");
  }

  @Test
  void strictMatchingKeepsWarningsAsWarnings() {
    try (MockServer mock =
        MockServer.builder()
            .collection("t.json", NO_EXAMPLES)
            .options(MatchingOptions.strict())
            .start()) {
      assertThat(mock.warnings()).hasSize(1);
      assertThat(Http.get(mock.baseUrl(), "/b").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aCollectionsWarningsAreLoggedAsOneSummaryLineOncePerJvm() {
    List<String> logged = new CopyOnWriteArrayList<>();
    Logger log = Logger.getLogger("io.github.postmanmock");
    Handler capture = capture(logged);
    log.addHandler(capture);
    byte[] twoKinds = lonelyAndUndefined("summary");
    try {
      for (int i = 0; i < 3; i++) {
        MockServer.builder().collection("summary.json", twoKinds).start().close();
      }
      MockServer.builder()
          .collection("quiet.json", twoKinds)
          .logCollectionWarnings(false)
          .start()
          .close();
    } finally {
      log.removeHandler(capture);
    }

    assertThat(logged)
        .containsExactly(
            "[summary.json]: 2 collection warnings (requests without examples: 1, examples using"
                + " variables defined nowhere: 1); each is listed by MockServer.warnings() and in"
                + " the JUnit report entry postman-mock.warnings, see"
                + " docs/assertions.md#collection-warnings");
  }

  private static byte[] lonelyAndUndefined(String name) {
    return ("{\"info\": {\"name\": \""
            + name
            + "\"}, \"item\": [{\"name\": \"Lonely\", \"request\": \"http://x/a\"},"
            + " {\"name\": \"Get\", \"request\": \"http://x/b\", \"response\": [{\"name\":"
            + " \"B\", \"originalRequest\": \"http://x/b\", \"code\": 200, \"body\":"
            + " \"{{missing}}\"}]}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Handler capture(List<String> into) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message.startsWith("[summary.json]") || message.startsWith("[quiet.json]")) {
          into.add(message); // not the records of tests running beside this one
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
