package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lint warnings on a started server, and errors under strict matching. */
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
  void strictMatchingTurnsWarningsIntoAnError() {
    MockServerBuilder strict =
        MockServer.builder().collection("t.json", NO_EXAMPLES).options(MatchingOptions.strict());

    assertThatThrownBy(strict::start)
        .isInstanceOfSatisfying(
            InvalidCollectionException.class, e -> assertThat(e.source()).isEqualTo("t.json"))
        .hasMessage(
            "Strict matching allows no collection warnings but found [1]:\n"
                + "  [t.json]: Request [Lonely] has no saved example, so the mock never answers"
                + " it; save a response as an example in Postman\n"
                + "Fix them, or match with default options to see them as warnings");
  }
}
