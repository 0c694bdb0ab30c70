package io.github.postmanmock.internal.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The request and response drafts behind the public example builder. */
class InlineDraftsTest {
  @Test
  void contentBeforeAStatusFailsWithoutReadingTheContent() {
    ResponseDraft draft = new ResponseDraft();
    assertThatThrownBy(
            () ->
                draft.content(
                    "body(Path)",
                    () -> {
                      throw new AssertionError("read before the status check");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("body(Path) describes the response; call respond(status) before it");
  }

  @Test
  void aFaultHeaderStartsTheResponseWith200AndReplacesAnEarlierOne() {
    ResponseDraft draft = new ResponseDraft();
    draft.replaceHeader("x-mock-fault", "EMPTY_RESPONSE");
    draft.replaceHeader("X-Mock-Fault", "TRUNCATED_BODY");
    ExampleResponse response = draft.build("GET /x");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers()).containsExactly(Header.of("X-Mock-Fault", "TRUNCATED_BODY"));
  }

  @Test
  void aDelayIsFrom0To180Seconds() {
    ResponseDraft draft = new ResponseDraft();
    draft.status(200);
    draft.delay(Duration.ofSeconds(180));
    assertThat(draft.build("GET /x").delay()).isEqualTo(Duration.ofSeconds(180));
    assertThatThrownBy(() -> draft.delay(Duration.ofMillis(180_001)))
        .hasMessage("delay must be from 0 to 180000 ms but was [180001 ms]");
    assertThatThrownBy(() -> draft.delay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void buildingWithoutAStatusNamesTheRequest() {
    assertThatThrownBy(() -> new ResponseDraft().build("GET /pets"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("example [GET /pets] has no response; call respond(status) before build()");
  }

  @Test
  void formFieldsComeInPairs() {
    RequestDraft draft = new RequestDraft("POST", Urls.path("/form"));
    assertThatThrownBy(() -> draft.formFields("a", "1", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("formBody takes key-value pairs but got [3] strings; give a value for key [b]");
  }

  @Test
  void aPathVariableMustBeASegmentOfThePath() {
    RequestDraft draft = new RequestDraft("GET", Urls.path("/pets/:id"));
    draft.pathVariable("id", "7");
    assertThat(draft.build().url().variables())
        .singleElement()
        .satisfies(v -> assertThat(v.value()).isEqualTo("7"));
    assertThatThrownBy(() -> draft.pathVariable("name", "rex"))
        .hasMessage(
            "path variable [name] is not a segment of [/pets/:id]; write the path with a segment"
                + " [:name]");
  }

  @Test
  void aDraftOfABuiltRequestKeepsItsHeadersAndBody() {
    RequestDraft draft = new RequestDraft("POST", Urls.path("/login"));
    draft.header(Header.of("X-Role", "admin"));
    draft.raw("{\"u\":\"a\"}", "json");
    assertThat(RequestDraft.of(draft.build()).build()).isEqualTo(draft.build());
    assertThat(draft.describe()).isEqualTo("POST /login");
  }
}
