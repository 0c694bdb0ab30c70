package io.github.postmanmock.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.model.Variables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResponseRendererTest {
  private static final ResponseRenderer RENDERER = ResponseRenderer.standard();
  private static final HttpCall CALL = HttpCall.of("GET", "/users/carol");

  private static ExampleResponse response(Integer code, List<Header> headers, String body) {
    return new ExampleResponse(code, null, headers, body, null);
  }

  private static RenderContext context(Variables variables, Map<String, String> captures) {
    return new RenderContext(CALL, variables, captures);
  }

  private static String body(String template, Variables variables, Map<String, String> captures) {
    RenderedResponse r =
        RENDERER.render(response(200, List.of(), template), context(variables, captures));
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Nested
  class Body {
    static Stream<Arguments> cases() {
      Variables vars =
          Variables.of(
              List.of(Variable.of("greeting", "hi"), Variable.of("nested", "{{greeting}} there")),
              List.of(Variable.of("greeting", "hello")));
      return Stream.of(
          Arguments.of("environment beats collection", "{{greeting}}", vars, Map.of(), "hello"),
          Arguments.of("unknown token stays", "{{unknown}}", vars, Map.of(), "{{unknown}}"),
          Arguments.of("nested variables resolve", "{{nested}}", vars, Map.of(), "hello there"),
          Arguments.of(
              "wildcard capture inserted raw",
              "{\"id\":\"{{userId}}\"}",
              vars,
              Map.of("userId", "carol"),
              "{\"id\":\"carol\"}"),
          Arguments.of(
              "capture wins over a variable of the same name",
              "{{greeting}}",
              vars,
              Map.of("greeting", "captured"),
              "captured"),
          Arguments.of(
              "captured text is not scanned again",
              "{{id}}",
              vars,
              Map.of("id", "{{greeting}}"),
              "{{greeting}}"),
          Arguments.of(
              "no quoting of inserted text",
              "{\"n\": {{num}}}",
              Variables.of(List.of(Variable.of("num", "42")), List.of()),
              Map.of(),
              "{\"n\": 42}"),
          Arguments.of("text without tokens is unchanged", "plain {", vars, Map.of(), "plain {"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesTokensInOnePass(
        String name, String template, Variables vars, Map<String, String> captures, String want) {
      assertThat(body(template, vars, captures)).isEqualTo(want);
    }

    @Test
    void nullBodyRendersEmpty() {
      RenderedResponse r =
          RENDERER.render(response(null, List.of(), null), context(Variables.EMPTY, Map.of()));

      assertThat(r.body()).isEmpty();
      assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void resolversAreAskedInOrder() {
      ResponseRenderer renderer =
          ResponseRenderer.of(
              List.of((token, ctx) -> token.equals("$first") ? "1" : null, Resolvers::variable),
              true);

      String out = renderer.resolveTokens("{{$first}}-{{x}}", context(Variables.EMPTY, Map.of()));

      assertThat(out).isEqualTo("1-{{x}}");
    }
  }

  @Nested
  class Headers {
    @Test
    void keepsOrderAndDuplicatesAndDropsDisabledAndStaleHeaders() {
      List<Header> headers =
          List.of(
              Header.of("Set-Cookie", "a=1"),
              new Header("X-Off", "1", true),
              Header.of("Content-Length", "99"),
              Header.of("Transfer-Encoding", "chunked"),
              Header.of("content-encoding", "gzip"),
              Header.of("Connection", "close"),
              Header.of("Keep-Alive", "5"),
              Header.of("Set-Cookie", "b=2"));

      RenderedResponse r =
          RENDERER.render(response(201, headers, "x"), context(Variables.EMPTY, Map.of()));

      assertThat(r.headers())
          .containsExactly(Header.of("Set-Cookie", "a=1"), Header.of("Set-Cookie", "b=2"));
      assertThat(r.status()).isEqualTo(201);
    }

    @Test
    void resolvesVariablesInHeaderValues() {
      Variables vars = Variables.of(List.of(Variable.of("v", "7")), List.of());

      RenderedResponse r =
          RENDERER.render(
              response(200, List.of(Header.of("X-V", "v{{v}}")), ""), context(vars, Map.of()));

      assertThat(r.header("x-v")).isEqualTo("v7");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("previews")
    void derivesContentTypeFromThePreviewLanguageWhenAbsent(String language, String type) {
      ExampleResponse example = new ExampleResponse(200, null, List.of(), "", language);

      RenderedResponse r = RENDERER.render(example, context(Variables.EMPTY, Map.of()));

      assertThat(r.header("Content-Type")).isEqualTo(type);
    }

    static Stream<Arguments> previews() {
      return Stream.of(
          Arguments.of("json", "application/json"),
          Arguments.of("xml", "application/xml"),
          Arguments.of("html", "text/html"),
          Arguments.of("text", "text/plain"),
          Arguments.of("javascript", "application/javascript"),
          Arguments.of("auto", null));
    }

    @Test
    void keepsTheExamplesOwnContentType() {
      ExampleResponse example =
          new ExampleResponse(
              200, null, List.of(Header.of("content-type", "text/csv")), "", "json");

      RenderedResponse r = RENDERER.render(example, context(Variables.EMPTY, Map.of()));

      assertThat(r.headers()).containsExactly(Header.of("content-type", "text/csv"));
    }
  }
}
