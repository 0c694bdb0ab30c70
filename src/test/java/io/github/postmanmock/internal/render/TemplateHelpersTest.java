package io.github.postmanmock.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateHelpersTest {

  private static HttpCall call(String method, String target, String body, String... headers) {
    HttpCall bare = HttpCall.of(method, target);
    List<Header> list = new ArrayList<>();
    for (int i = 0; i < headers.length; i += 2) {
      list.add(new Header(headers[i], headers[i + 1], false));
    }
    return new HttpCall(
        method, bare.path(), bare.rawQuery(), list, body.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpCall json(String body) {
    return call("POST", "/u", body, "Content-Type", "application/json");
  }

  @Nested
  class SpecCases {
    private final HttpCall echo =
        call(
            "POST",
            "/echo/77?k=v",
            "{\"user\":{\"name\":\"Ann\"},\"a.b\":\"lit\"}",
            "Content-Type",
            "application/json",
            "X-Trace",
            "t1");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "$body 'user.name' 'x'    | Ann",
          "$body 'user.missing' 'dflt' | dflt",
          "$pathSegments '1'        | 77",
          "$queryParams 'k'         | v",
          "$headers 'x-trace'       | t1",
          "$body 'a\\.b'            | lit"
        })
    void case52EchoesPartsOfTheCall(String token, String expected) {
      assertThat(TemplateHelpers.evaluate(token, echo)).isEqualTo(expected);
    }

    @Test
    void case53InsertsStringsRawWithoutQuotes() {
      assertThat(TemplateHelpers.evaluate("$body 'username'", json("{\"username\":\"s-m\"}")))
          .isEqualTo("s-m");
    }

    @Test
    void case54WholeBodyIsTheRequestBodyAsSent() {
      assertThat(TemplateHelpers.evaluate("$body", json("{\"k\":[1,2]}")))
          .isEqualTo("{\"k\":[1,2]}");
    }
  }

  @Nested
  class Body {
    private final HttpCall order =
        json(
            "{ \"items\": [ {\"name\": \"pen\", \"price\": 1.50}, {\"name\": \"ink\", \"qty\": 10} ],"
                + " \"meta\": { \"a\": [1, 2], \"b\": null, \"ok\": true, \"empty\": \"\" },"
                + " \"x.y\": { \"z\": \"deep\" } }");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "$body 'items.1.name'   | ink",
          "$body 'items.0.price'  | 1.5",
          "$body 'items.1.qty'    | 10",
          "$body 'meta.ok'        | true",
          "$body 'meta.b'         | null",
          "$body 'meta.a'         | [1,2]",
          "$body 'items.1'        | {\"name\":\"ink\",\"qty\":10}",
          "$body 'x\\.y.z'         | deep",
          "$body \"items.0.name\"  | pen",
          "$body items.0.name      | pen",
          "$body 'items.5.name' 'none' | none",
          "$body 'items.name' 'none'   | none",
          "$body 'meta.a.x' 'none'     | none"
        })
    void followsObjectPaths(String token, String expected) {
      assertThat(TemplateHelpers.evaluate(token, order)).isEqualTo(expected);
    }

    @Test
    void emptyStringValueIsKeptRatherThanTheDefault() {
      assertThat(TemplateHelpers.evaluate("$body 'meta.empty' 'dflt'", order)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$body 'who' 'John Doe'", "$body \"who\" \"John Doe\""})
    void defaultsMayContainSpacesInEitherQuote(String token) {
      assertThat(TemplateHelpers.evaluate(token, order)).isEqualTo("John Doe");
    }

    @Test
    void escapedQuoteInsideADefaultIsLiteral() {
      assertThat(TemplateHelpers.evaluate("$body 'who' 'it\\'s me'", order)).isEqualTo("it's me");
    }

    @Test
    void missingValueWithoutDefaultIsEmpty() {
      assertThat(TemplateHelpers.evaluate("$body 'nothing.here'", order)).isEmpty();
    }

    @Test
    void formBodyIsAnObjectOfDecodedFields() {
      HttpCall form =
          call(
              "POST",
              "/f",
              "name=Ann+Lee&sym=%26%3D&name=second&flag",
              "Content-Type",
              "application/x-www-form-urlencoded; charset=UTF-8");
      assertThat(TemplateHelpers.evaluate("$body 'name'", form)).isEqualTo("Ann Lee");
      assertThat(TemplateHelpers.evaluate("$body 'sym'", form)).isEqualTo("&=");
      assertThat(TemplateHelpers.evaluate("$body 'flag' 'd'", form)).isEmpty();
      assertThat(TemplateHelpers.evaluate("$body", form))
          .isEqualTo("name=Ann+Lee&sym=%26%3D&name=second&flag");
    }

    @Test
    void textBodyOnlyGivesTheWholeText() {
      HttpCall text = call("POST", "/t", "{\"a\":1} as text", "Content-Type", "text/plain");
      assertThat(TemplateHelpers.evaluate("$body", text)).isEqualTo("{\"a\":1} as text");
      assertThat(TemplateHelpers.evaluate("$body 'a' 'd'", text)).isEqualTo("d");
      assertThat(TemplateHelpers.evaluate("$body 'a'", text)).isEmpty();
    }

    @Test
    void jsonWithoutContentTypeIsStillReadAsJson() {
      HttpCall untyped = call("POST", "/t", " {\"a\":{\"b\":2}}");
      assertThat(TemplateHelpers.evaluate("$body 'a.b'", untyped)).isEqualTo("2");
    }

    @Test
    void invalidJsonBodyFindsNothingButStillEchoesWhole() {
      HttpCall broken = json("{\"a\":");
      assertThat(TemplateHelpers.evaluate("$body 'a' 'd'", broken)).isEqualTo("d");
      assertThat(TemplateHelpers.evaluate("$body", broken)).isEqualTo("{\"a\":");
    }

    @Test
    void bodyIsDecodedWithTheCharsetOfItsContentType() {
      HttpCall latin =
          new HttpCall(
              "POST",
              "/l",
              "",
              List.of(new Header("Content-Type", "application/json; charset=ISO-8859-1", false)),
              "{\"n\":\"Zoë\"}".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(TemplateHelpers.evaluate("$body 'n'", latin)).isEqualTo("Zoë");
    }

    @Test
    void templateTextInTheRequestComesBackLiterally() {
      assertThat(TemplateHelpers.evaluate("$body 'x'", json("{\"x\":\"{{$guid}} {{$body}}\"}")))
          .isEqualTo("{{$guid}} {{$body}}");
    }

    @Test
    void contextParsesTheBodyOnce() {
      RequestContext context = new RequestContext(order);
      assertThat(context.bodyTree()).isSameAs(context.bodyTree());
      assertThat(TemplateHelpers.evaluate("$body 'items.0.name'", context)).isEqualTo("pen");
    }
  }

  @Nested
  class QueryParams {
    private final HttpCall search =
        HttpCall.of("GET", "/s?q=red%20shoes&size=42&size=43&a+b=c+d&e");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "$queryParams 'q'     | red shoes",
          "$queryParams 'size'  | 42",
          "$queryParams 'a b'   | c d",
          "$queryParams 'zz' 'none' | none"
        })
    void readsDecodedFirstValues(String token, String expected) {
      assertThat(TemplateHelpers.evaluate(token, search)).isEqualTo(expected);
    }

    @Test
    void withoutArgumentGivesAllParametersAsJson() {
      assertThat(TemplateHelpers.evaluate("$queryParams", search))
          .isEqualTo("{\"q\":\"red shoes\",\"size\":\"42\",\"a b\":\"c d\",\"e\":\"\"}");
      assertThat(TemplateHelpers.evaluate("$queryParams", HttpCall.of("GET", "/s")))
          .isEqualTo("{}");
    }

    @Test
    void malformedEscapeIsKeptAsSent() {
      assertThat(TemplateHelpers.evaluate("$queryParams 'p'", HttpCall.of("GET", "/s?p=100%")))
          .isEqualTo("100%");
    }
  }

  @Nested
  class PathSegments {
    private final HttpCall product = HttpCall.of("GET", "/product/12345/my%20details/a+b");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "$pathSegments '0'  | product",
          "$pathSegments '1'  | 12345",
          "$pathSegments '2'  | my details",
          "$pathSegments '3'  | a+b",
          "$pathSegments '4' 'none' | none",
          "$pathSegments 'x' 'none' | none"
        })
    void indexesDecodedSegmentsFromZero(String token, String expected) {
      assertThat(TemplateHelpers.evaluate(token, product)).isEqualTo(expected);
    }

    @Test
    void withoutArgumentGivesAJsonArray() {
      assertThat(TemplateHelpers.evaluate("$pathSegments", product))
          .isEqualTo("[\"product\",\"12345\",\"my details\",\"a+b\"]");
      assertThat(TemplateHelpers.evaluate("$pathSegments", HttpCall.of("GET", "/")))
          .isEqualTo("[]");
    }
  }

  @Nested
  class Headers {
    private final HttpCall traced =
        call("GET", "/h", "", "X-Trace", "first", "x-trace", "second", "Accept", "*/*");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$headers 'x-trace'", "$headers 'X-TRACE'", "$headers \"X-Trace\""})
    void nameIsCaseInsensitiveAndFirstValueWins(String token) {
      assertThat(TemplateHelpers.evaluate(token, traced)).isEqualTo("first");
    }

    @Test
    void withoutArgumentGivesLowerCaseNamesAsJson() {
      assertThat(TemplateHelpers.evaluate("$headers", traced))
          .isEqualTo("{\"x-trace\":\"first\",\"accept\":\"*/*\"}");
    }

    @Test
    void missingHeaderGivesDefaultOrEmpty() {
      assertThat(TemplateHelpers.evaluate("$headers 'x-none' 'anon'", traced)).isEqualTo("anon");
      assertThat(TemplateHelpers.evaluate("$headers 'x-none'", traced)).isEmpty();
    }
  }

  @Nested
  class Syntax {
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
        strings = {
          "$body",
          "$body 'a'",
          "$queryParams",
          "$pathSegments '1'",
          "$headers\t'a'",
          "$body 'a' 'b' ",
          "$body 'unclosed",
          "$body 'a'b",
          "$body 'a' 'b' 'c'"
        })
    void recognisesHelpersEvenWhenMalformed(String content) {
      assertThat(TemplateHelpers.isHelper(content)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
        strings = {"$bodyX", "body", "$guid", " $body", "$Body", "$header 'a'", "$query 'a'", ""})
    void otherTokensAreNotHelpers(String content) {
      assertThat(TemplateHelpers.isHelper(content)).isFalse();
      assertThat(TemplateHelpers.evaluate(content, json("{}"))).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
        strings = {
          "$body 'unclosed",
          "$body \"mixed'",
          "$body 'a'b",
          "$body a'b",
          "$body 'a' 'b' 'c'",
          "$headers 'x' 'y"
        })
    void malformedHelpersGiveNullSoTheTokenStaysVerbatim(String content) {
      assertThat(TemplateHelpers.evaluate(content, json("{\"a\":1}"))).isNull();
    }
  }

  @Property
  void evaluatingAnyTokenNeverThrows(@ForAll String content, @ForAll String body) {
    String result = TemplateHelpers.evaluate(content, json(body));
    assertThat(result == null || TemplateHelpers.isHelper(content)).isTrue();
  }

  @Property
  void parsedHelperTokensHaveAtMostTwoArguments(@ForAll("helperish") String content) {
    HelperToken token = HelperToken.parse(content);
    assertThat(token == null || token.args().size() <= 2).isTrue();
  }

  @Provide
  Arbitrary<String> helperish() {
    Arbitrary<String> tail = Arbitraries.strings().withChars(" 'ab\\\".\t").ofMaxLength(20);
    return Combinators.combine(
            Arbitraries.of("$body", "$queryParams", "$pathSegments", "$headers"), tail)
        .as((name, rest) -> name + rest);
  }
}
