package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small decisions inside the steps: IDs, form pairs, GraphQL bodies, wildcard paths. */
class EngineDetailsTest {

  private static boolean bodyMatches(String contentType, String body, RequestBody example) {
    List<Header> headers =
        contentType == null ? List.of() : List.of(Header.of("Content-Type", contentType));
    HttpCall call = new HttpCall("POST", "/x", "", headers, body.getBytes(StandardCharsets.UTF_8));
    return BodyMatcher.matches(new CallBody(call), PreparedBody.of(example, Variables.EMPTY));
  }

  @ParameterizedTest(name = "[{0}] is an ID: {1}")
  @CsvSource({"0, true", "9, true", "09, true", "1a, false", "/, false", ":, false", "'', false"})
  void onlyDigitsMakeADigitId(String segment, boolean id) {
    assertThat(new IdDetector(MatchOptions.IdDetection.DEFAULT).isId(segment)).isEqualTo(id);
  }

  @Test
  void formPairsSplitAtTheFirstEqualsSign() {
    assertThat(CallBody.parseForm("=x&a&b=c=d&&e%3D=f+g"))
        .containsExactly("=x", "a=", "b=c=d", "e==f g");
  }

  @Test
  void aGraphqlRequestWithNullVariablesHasEmptyOnes() {
    assertThat(GraphqlBody.graphql("  { pet  }\n", NullNode.instance).toString())
        .isEqualTo("{\"query\":\"{ pet }\",\"variables\":{}}");
    assertThat(GraphqlBody.graphql(null, null).toString())
        .isEqualTo("{\"query\":\"\",\"variables\":{}}");
  }

  @Test
  void aGraphqlExampleIsComparedAsGraphqlWhenTheCallNamesNoMediaType() {
    RequestBody example = RequestBody.graphql("{ pet }", "");
    assertThat(bodyMatches(null, "{\"query\":\"{ pet }\"}", example)).isTrue();
    assertThat(bodyMatches("application/json", "[\"{ pet }\"]", example)).isFalse();
    assertThat(bodyMatches("application/json", "not json", example)).isFalse();
  }

  @Test
  void anUrlencodedExampleKeepsItsTextForCallsOfOtherMediaTypes() {
    RequestBody example =
        RequestBody.form(
            BodyMode.URLENCODED,
            List.of(
                new FormParam("a", "1", "text", false), new FormParam("b", "2", "text", false)));
    assertThat(bodyMatches("text/plain", "a=1&b=2", example)).isTrue();
    assertThat(bodyMatches("text/plain", "b=2&a=1", example)).isFalse();
  }

  @ParameterizedTest(name = "example {0}, call {1}, ignoreTrailingSlash {2}: {3}")
  @CsvSource(
      nullValues = "none",
      value = {
        "/users/{{id}}/, /users/42, true, U5_WILDCARD",
        "/users/{{id}}/, /users/42, false, none",
        "/users/{{id}}, /users/42/, false, none",
        "/users/{{id}}/, /users/42/, false, U5_WILDCARD",
      })
  void wildcardsCompareTheFormsTheSlashOptionChooses(
      String example, String call, boolean slash, Rule rule) {
    MatchOptions options = MatchOptions.strict().toBuilder().ignoreTrailingSlash(slash).build();
    MatchEngine engine =
        MatchEngine.of(ExampleFixture.all(ExampleFixture.get(example)), Variables.EMPTY, options);
    assertThat(engine.match(HttpCall.of("GET", call)).rule()).isEqualTo(rule);
  }

  @Test
  void aCaptureIsReadAcrossATrailingSlash() {
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(ExampleFixture.get("/users/{{id}}/{{$guid}}")),
            Variables.EMPTY,
            MatchOptions.defaults());
    assertThat(engine.match(HttpCall.of("GET", "/users/42/x/")).captures())
        .containsExactly(java.util.Map.entry("id", "42"));
  }
}
