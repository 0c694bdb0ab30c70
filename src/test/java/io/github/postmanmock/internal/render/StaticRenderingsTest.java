package io.github.postmanmock.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A response with no token is rendered once; one with a token is rendered for every call. */
class StaticRenderingsTest {
  private final ResponseRenderer renderer = ResponseRenderer.standard();

  private static ExampleResponse response(List<Header> headers, String body) {
    return new ExampleResponse(200, null, headers, body, null);
  }

  private static RenderContext call(String path, Map<String, String> captures) {
    return new RenderContext(HttpCall.of("GET", path), Variables.EMPTY, captures);
  }

  private static String text(RenderedResponse r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aResponseWithoutTokensIsRenderedOnceForEveryCall() {
    ExampleResponse fixed =
        response(
            List.of(
                Header.of("Content-Type", "application/json"), Header.of("Content-Length", "9")),
            "{\"id\":1}");
    RenderedResponse first = renderer.render(fixed, call("/users/1", Map.of()));
    RenderedResponse second = renderer.render(fixed, call("/users/2", Map.of("id", "2")));
    assertThat(second).isSameAs(first);
    assertThat(text(second)).isEqualTo("{\"id\":1}");
    assertThat(second.headers()).containsExactly(Header.of("Content-Type", "application/json"));
  }

  @Test
  void aTokenInTheBodyIsResolvedForEveryCall() {
    ExampleResponse templated = response(List.of(), "{\"id\":\"{{id}}\"}");
    assertThat(text(renderer.render(templated, call("/users/1", Map.of("id", "1")))))
        .isEqualTo("{\"id\":\"1\"}");
    assertThat(text(renderer.render(templated, call("/users/2", Map.of("id", "2")))))
        .isEqualTo("{\"id\":\"2\"}");
  }

  @Test
  void aTokenInAHeaderValueIsResolvedForEveryCall() {
    ExampleResponse templated = response(List.of(Header.of("X-Id", "{{id}}")), "same body");
    assertThat(renderer.render(templated, call("/users/1", Map.of("id", "1"))).header("X-Id"))
        .isEqualTo("1");
    assertThat(renderer.render(templated, call("/users/2", Map.of("id", "2"))).header("X-Id"))
        .isEqualTo("2");
  }

  @Test
  void equalResponsesOfTwoExamplesAreKeptApart() {
    StaticRenderings kept = new StaticRenderings();
    ExampleResponse one = response(List.of(), "same");
    ExampleResponse other = response(List.of(), "same");
    RenderedResponse rendered = renderer.render(one, call("/", Map.of()));
    kept.put(one, rendered);
    assertThat(kept.get(other)).isNull();
    assertThat(kept.get(one)).isSameAs(rendered);
  }

  @Test
  void itKeepsAtMostItsLimitOfResponsesAndStartsOver() {
    StaticRenderings kept = new StaticRenderings();
    for (int i = 0; i <= StaticRenderings.MAX_ENTRIES; i++) {
      ExampleResponse r = response(List.of(), "body " + i);
      kept.put(r, renderer.render(r, call("/", Map.of())));
      assertThat(kept.size()).isLessThanOrEqualTo(StaticRenderings.MAX_ENTRIES);
    }
    assertThat(kept.size()).isEqualTo(1);
  }

  @Test
  void itKeepsNoBodyOverItsLimitAndBoundsTheBytesOfThoseItKeeps() {
    StaticRenderings kept = new StaticRenderings();
    ExampleResponse large = response(List.of(), "x".repeat(StaticRenderings.MAX_BODY_BYTES + 1));
    kept.put(large, renderer.render(large, call("/", Map.of())));
    assertThat(kept.size()).isZero();
    int fit = (int) (StaticRenderings.MAX_BYTES / StaticRenderings.MAX_BODY_BYTES);
    for (int i = 0; i <= fit; i++) {
      ExampleResponse r = response(List.of(), "y".repeat(StaticRenderings.MAX_BODY_BYTES));
      kept.put(r, renderer.render(r, call("/", Map.of())));
    }
    assertThat(kept.size()).isEqualTo(1);
  }
}
