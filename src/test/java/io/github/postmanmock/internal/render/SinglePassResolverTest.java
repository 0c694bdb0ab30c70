package io.github.postmanmock.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.6 cases 50-54 through a minimal single-pass resolver written the way SPEC §3.3 asks the
 * renderer to use these building blocks (helpers first, then dynamic variables, else verbatim).
 */
class SinglePassResolverTest {
  private static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}]*?)}}");

  private final DynamicVariables dynamic = DynamicVariables.create();

  private String render(String template, HttpCall call) {
    RequestContext context = new RequestContext(call);
    Matcher m = TOKEN.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String content = m.group(1);
      String value =
          TemplateHelpers.isHelper(content)
              ? TemplateHelpers.evaluate(content, context)
              : dynamic.resolve(content);
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    return m.appendTail(out).toString();
  }

  private static HttpCall post(String target, String body, Header... headers) {
    HttpCall bare = HttpCall.of("POST", target);
    return new HttpCall(
        "POST",
        bare.path(),
        bare.rawQuery(),
        List.of(headers),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void case50DynamicVariablesHaveTheirShapesAndUnknownOnesStay() throws Exception {
    String body =
        render(
            "{\"id\":\"{{$guid}}\",\"ts\":{{$timestamp}},\"n\":{{$randomInt}},"
                + "\"iso\":\"{{$isoTimestamp}}\",\"bad\":\"{{$nope}}\"}",
            HttpCall.of("GET", "/r"));
    JsonNode json = HelperJson.MAPPER.readTree(body);
    assertThat(json.get("id").textValue())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(json.get("ts").longValue()).isCloseTo(Instant.now().getEpochSecond(), offset(5L));
    assertThat(json.get("n").intValue()).isBetween(0, 1000);
    assertThat(Instant.from(DateTimeFormatter.ISO_INSTANT.parse(json.get("iso").textValue())))
        .isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
    assertThat(json.get("bad").textValue()).isEqualTo("{{$nope}}");
  }

  @Test
  void case51EachOccurrenceIsGeneratedAnew() throws Exception {
    JsonNode json =
        HelperJson.MAPPER.readTree(
            render("{\"a\":\"{{$guid}}\",\"b\":\"{{$guid}}\"}", HttpCall.of("GET", "/r")));
    assertThat(json.get("a")).isNotEqualTo(json.get("b"));
  }

  @Test
  void case52HelpersEchoTheCall() {
    HttpCall call =
        post(
            "/echo/77?k=v",
            "{\"user\":{\"name\":\"Ann\"},\"a.b\":\"lit\"}",
            new Header("Content-Type", "application/json", false),
            new Header("X-Trace", "t1", false));
    String template =
        "{\"n\":\"{{$body 'user.name' 'x'}}\",\"m\":\"{{$body 'user.missing' 'dflt'}}\","
            + "\"s\":\"{{$pathSegments '1'}}\",\"q\":\"{{$queryParams 'k'}}\","
            + "\"h\":\"{{$headers 'x-trace'}}\",\"dot\":\"{{$body 'a\\.b'}}\"}";
    assertThat(render(template, call))
        .isEqualTo(
            "{\"n\":\"Ann\",\"m\":\"dflt\",\"s\":\"77\",\"q\":\"v\",\"h\":\"t1\",\"dot\":\"lit\"}");
  }

  @Test
  void case53ValuesAreInsertedRaw() {
    HttpCall call =
        post("/u", "{\"username\":\"s-m\"}", new Header("Content-Type", "application/json", false));
    assertThat(render("{\"username\": {{$body 'username'}}}", call))
        .isEqualTo("{\"username\": s-m}");
  }

  @Test
  void case54WholeBodyIsEchoed() {
    HttpCall call =
        post("/u", "{\"k\":[1,2]}", new Header("Content-Type", "application/json", false));
    assertThat(render("{{$body}}", call)).isEqualTo("{\"k\":[1,2]}");
  }

  @Test
  void insertedRequestTextIsNotResolvedAgain() {
    HttpCall call =
        post("/u", "{\"x\":\"{{$guid}}\"}", new Header("Content-Type", "application/json", false));
    assertThat(render("[{{$body 'x'}}] {{$body 'broken}}", call))
        .isEqualTo("[{{$guid}}] {{$body 'broken}}");
  }
}
