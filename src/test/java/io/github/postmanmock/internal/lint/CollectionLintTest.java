package io.github.postmanmock.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.collection.CollectionReader;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Variables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each lint rule with one collection that trips it and one that does not. */
class CollectionLintTest {
  private static String item(String name, String url, String... responses) {
    return "{\"name\": \""
        + name
        + "\", \"request\": \""
        + url
        + "\", \"response\": ["
        + String.join(",", responses)
        + "]}";
  }

  private static String response(String name, String url, String contentType, String body) {
    return "{\"name\": \""
        + name
        + "\", \"originalRequest\": \""
        + url
        + "\", \"code\": 200, \"header\": [{\"key\": \"Content-Type\", \"value\": \""
        + contentType
        + "\"}], \"body\": "
        + quote(body)
        + "}";
  }

  /** {@code response} with its request URL as an object whose {@code :id} has {@code value}. */
  private static String withPathVariable(String response, String value) {
    return response.replace(
        "\"originalRequest\": \"http://x/pets/:id\"",
        "\"originalRequest\": {\"url\": {\"raw\": \"http://x/pets/:id\", \"host\": [\"x\"],"
            + " \"path\": [\"pets\", \":id\"], \"variable\": [{\"key\": \"id\", \"value\": \""
            + value
            + "\"}]}}");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<String> lint(String... items) {
    String json =
        "{\"info\": {\"name\": \"t\"}, \"item\": ["
            + String.join(",", items)
            + "], \"variable\": [{\"key\": \"known\", \"value\": \"v\"}]}";
    Collection c = CollectionReader.read("t.json", json.getBytes(StandardCharsets.UTF_8));
    return CollectionLint.check(
            List.of(c), Variables.of(c.variables(), List.of()), MatchOptions.defaults())
        .stream()
        .map(LintWarning::toString)
        .collect(Collectors.toList());
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "request without examples",
            List.of(item("Lonely", "http://x/a")),
            List.of(
                "[t.json]: Request [Lonely] has no saved example, so the mock never answers it;"
                    + " save a response as an example in Postman")),
        Arguments.of(
            "examples with the same request",
            List.of(
                item(
                    "Get",
                    "http://x/a",
                    response("A", "http://x/a", "text/plain", "a"),
                    response("B", "http://x/a", "text/plain", "b"))),
            List.of(
                "[t.json] at [/item/0/response/1]: Example [Get/B] has the same method, path,"
                    + " query and status as [Get/A], so matching never chooses it; only calls"
                    + " that send x-mock-response-name or x-mock-response-id (or a test with"
                    + " @UseExample) get it. Give it a distinct method, path, query or status if"
                    + " calls should tell them apart")),
        Arguments.of(
            "a distinct status is a discriminator (x-mock-response-code)",
            List.of(
                item(
                    "Get",
                    "http://x/a",
                    response("A", "http://x/a", "text/plain", "a"),
                    response("B", "http://x/a", "text/plain", "b").replace("200", "404"))),
            List.of()),
        Arguments.of(
            "a distinct query is a discriminator",
            List.of(
                item(
                    "Get",
                    "http://x/a",
                    response("A", "http://x/a?page=1", "text/plain", "a"),
                    response("B", "http://x/a?page=2", "text/plain", "b"))),
            List.of()),
        Arguments.of(
            "distinct values of a :name path variable are a discriminator",
            List.of(
                item(
                    "Get",
                    "http://x/pets/:id",
                    withPathVariable(response("A", "http://x/pets/:id", "text/plain", "a"), "1"),
                    withPathVariable(response("B", "http://x/pets/:id", "text/plain", "b"), "2"))),
            List.of()),
        Arguments.of(
            "JSON content type with a body that is not JSON",
            List.of(
                item(
                    "Get", "http://x/a", response("A", "http://x/a", "application/json", "{oops"))),
            List.of(
                "[t.json] at [/item/0/response/0/body]: Example [Get/A] says Content-Type JSON")),
        Arguments.of(
            "templates are not checked as JSON",
            List.of(
                item(
                    "Get",
                    "http://x/a",
                    response("A", "http://x/a", "application/json", "{\"n\": {{$randomInt}}}"))),
            List.of()),
        Arguments.of(
            "undefined variable outside path segments",
            List.of(
                item(
                    "Get",
                    "http://x/a/{{id}}",
                    response(
                        "A",
                        "http://x/a/{{id}}",
                        "text/plain",
                        "{{id}} {{known}} {{missing}} {{$guid}} {{$body 'a'}}"))),
            List.of(
                "[t.json] at [/item/0/response/0]: Example [Get/A] uses variables defined"
                    + " nowhere: [missing]; they are sent as written. Define them in the"
                    + " collection or environment")),
        Arguments.of(
            "a value-less :name path variable is a wildcard",
            List.of(
                item(
                    "Get",
                    "http://x/pv/:pid",
                    response("A", "http://x/pv/:pid", "text/plain", "pv {{pid}}"))),
            List.of()),
        Arguments.of(
            "a :name.suffix segment is literal, so its name stays undefined",
            List.of(
                item(
                    "Get",
                    "http://x/pv/:pid.json",
                    response("A", "http://x/pv/:pid.json", "text/plain", "pv {{pid}}"))),
            List.of(
                "[t.json] at [/item/0/response/0]: Example [Get/A] uses variables defined"
                    + " nowhere: [pid]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void warnsWithSourceAndPointer(String name, List<String> items, List<String> expected) {
    List<String> warnings = lint(items.toArray(String[]::new));

    assertThat(warnings).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(warnings.get(i)).startsWith(expected.get(i));
    }
  }
}
