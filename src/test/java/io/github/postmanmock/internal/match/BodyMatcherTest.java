package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Variables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyMatcherTest {

  private static boolean matches(String contentType, String callBody, RequestBody example) {
    List<Header> headers =
        contentType == null ? List.of() : List.of(Header.of("Content-Type", contentType));
    HttpCall call =
        new HttpCall("POST", "/x", "", headers, callBody.getBytes(StandardCharsets.UTF_8));
    return BodyMatcher.matches(
        new CallBody(call), PreparedBody.of(example, Variables.of(List.of(), List.of())));
  }

  @Nested
  class Json {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "application/json | {\"b\":2, \"a\":[1,2]}",
          "application/json; charset=utf-8 | { \"a\" : [1,2], \"b\" : 2 }",
          "application/vnd.api+json | {\"a\":[1,2],\"b\":2.0}",
          "APPLICATION/JSON | {\"a\":[1, 2],\"b\":2}",
        })
    void comparesStructure(String contentType, String body) {
      assertThat(matches(contentType, body, RequestBody.raw("{\"a\":[1,2],\"b\":2}", "json")))
          .isTrue();
    }

    @Test
    void arrayOrderAndValuesStillMatter() {
      RequestBody example = RequestBody.raw("{\"a\":[1,2]}", "json");
      assertThat(matches("application/json", "{\"a\":[2,1]}", example)).isFalse();
      assertThat(matches("application/json", "{\"a\":[1,2],\"c\":0}", example)).isFalse();
    }

    @Test
    void fallsBackToTextWhenEitherSideIsNotJson() {
      RequestBody example = RequestBody.raw("{{not json", "json");
      assertThat(matches("application/json", "{{not json", example)).isTrue();
      assertThat(matches("application/json", "{{not  json", example)).isFalse();
    }

    @Test
    void withoutContentTypeTheExampleLanguageDecides() {
      assertThat(matches(null, "{ \"a\": 1 }", RequestBody.raw("{\"a\":1}", "json"))).isTrue();
      assertThat(matches(null, "{ \"a\": 1 }", RequestBody.raw("{\"a\":1}", "text"))).isFalse();
    }
  }

  @Nested
  class Forms {
    private final RequestBody urlencoded =
        RequestBody.form(
            BodyMode.URLENCODED,
            List.of(
                new FormParam("name", "Ann Lee", "text", false),
                new FormParam("tag", "a&b", "text", false),
                new FormParam("off", "x", "text", true)));

    @Test
    void urlencodedPairsCompareDecodedInAnyOrder() {
      assertThat(matches("application/x-www-form-urlencoded", "tag=a%26b&name=Ann+Lee", urlencoded))
          .isTrue();
      assertThat(matches(null, "name=Ann%20Lee&tag=a%26b", urlencoded)).isTrue();
      assertThat(matches("application/x-www-form-urlencoded", "name=Ann+Lee", urlencoded))
          .isFalse();
    }

    @Test
    void multipartComparesTextFieldsAndIgnoresFiles() {
      RequestBody example =
          RequestBody.form(
              BodyMode.FORMDATA,
              List.of(
                  new FormParam("title", "hi", "text", false),
                  new FormParam("upload", "/tmp/a.png", "file", false)));
      String body =
          "--b1\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"x.png\"\r\n\r\nPNG\r\n"
              + "--b1\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhi\r\n--b1--\r\n";
      assertThat(matches("multipart/form-data; boundary=b1", body, example)).isTrue();
      assertThat(matches("multipart/form-data; boundary=\"b1\"", body.replace("hi", "ho"), example))
          .isFalse();
      assertThat(matches("multipart/form-data", body, example)).isFalse();
    }
  }

  @Nested
  class Graphql {
    private final RequestBody example =
        RequestBody.graphql("{\n  pet(id: 1) {\n    name\n  }\n}", "");

    @Test
    void comparesQueryWithWhitespaceNormalisedAndVariables() {
      assertThat(matches("application/json", "{\"query\":\"{ pet(id: 1) { name } }\"}", example))
          .isTrue();
      assertThat(
              matches(
                  "application/json",
                  "{\"query\":\"{ pet(id: 1) { name } }\",\"variables\":{}}",
                  example))
          .isTrue();
      assertThat(
              matches(
                  "application/json",
                  "{\"query\":\"{ pet(id: 1) { name } }\",\"variables\":{\"a\":1}}",
                  example))
          .isFalse();
      assertThat(matches("application/graphql", "{ pet(id: 1) { name } }", example)).isTrue();
    }
  }

  @Nested
  class Text {
    @Test
    void otherMediaTypesCompareExactText() {
      RequestBody example = RequestBody.raw("<a>1</a>", "xml");
      assertThat(matches("application/xml", "<a>1</a>", example)).isTrue();
      assertThat(matches("application/xml", "<a>1</a>\n", example)).isFalse();
    }

    @Test
    void emptyBodiesMatchOnlyEmptyBodies() {
      assertThat(matches(null, "", RequestBody.NONE)).isTrue();
      assertThat(matches(null, "x", RequestBody.NONE)).isFalse();
      assertThat(matches(null, "", RequestBody.raw("x", null))).isFalse();
    }

    @Test
    void exampleVariablesAreResolvedBeforeComparing() {
      PreparedBody body =
          PreparedBody.of(
              RequestBody.raw("user={{who}}", null),
              Variables.of(
                  List.of(io.github.postmanmock.internal.model.Variable.of("who", "ann")),
                  List.of()));
      HttpCall call =
          new HttpCall("POST", "/x", "", List.of(), "user=ann".getBytes(StandardCharsets.UTF_8));
      assertThat(BodyMatcher.matches(new CallBody(call), body)).isTrue();
    }
  }
}
