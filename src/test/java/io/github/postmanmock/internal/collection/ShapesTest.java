package io.github.postmanmock.internal.collection;

import static io.github.postmanmock.internal.collection.Fixtures.collectionOf;
import static io.github.postmanmock.internal.collection.Fixtures.originalRequest;
import static io.github.postmanmock.internal.collection.Fixtures.read;
import static io.github.postmanmock.internal.collection.Fixtures.readEnvironment;
import static io.github.postmanmock.internal.collection.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.BareRequest;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.Variable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of SPEC §1.1–§1.7 that a Postman export may take. */
class ShapesTest {

  @Nested
  class Envelope {
    private static final String ITEMS =
        "[{\"name\": \"r\", \"request\": \"/a\", \"response\": [{\"code\": 200}]}]";

    @Test
    void bareCollectionNamesItselfFromInfo() {
      Collection collection = read(collectionOf(""));

      assertThat(collection.name()).isEqualTo("Test");
      assertThat(collection.source()).isEqualTo(Fixtures.SOURCE);
    }

    @Test
    void wrappedCollectionIsUnwrappedAndPointersIncludeTheWrapper() {
      Collection collection =
          read("{\"collection\": {\"info\": {\"name\": \"W\"}, \"item\": " + ITEMS + "}}");

      assertThat(collection.name()).isEqualTo("W");
      assertThat(collection.examples().get(0).pointer()).isEqualTo("/collection/item/0/response/0");
    }

    @Test
    void v20SchemaReadsLikeV21() {
      Collection collection =
          read(
              """
              {"info": {"name": "old", "schema":
                "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
               "auth": {"type": "basic", "basic": {"username": "u"}}, "item": %s}
              """
                  .formatted(ITEMS));

      assertThat(collection.examples()).hasSize(1);
    }

    @Test
    void fileIsReadWithItsNameAsSource(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("pets.postman_collection.json");
      Files.writeString(file, "{\"info\": {\"name\": \"P\"}, \"item\": " + ITEMS + "}");

      Collection collection = CollectionReader.read(file);

      assertThat(collection.source()).isEqualTo("pets.postman_collection.json");
      assertThat(collection.examples().get(0).source()).isEqualTo("pets.postman_collection.json");
    }

    @Test
    void byteOrderMarkIsAccepted() {
      assertThat(read("\uFEFF" + collectionOf("")).name()).isEqualTo("Test");
    }

    @Test
    void missingInfoIsToleratedWithAnEmptyName() {
      assertThat(read("{\"item\": " + ITEMS + "}").name()).isEmpty();
    }
  }

  @Nested
  class ItemTree {
    @Test
    void requestsWithoutExamplesAreListedByLocation() {
      Collection collection =
          read(
              collectionOf(
                  """
                  {"name": "F", "item": [{"name": "Lonely", "request": "/l", "response": []},
                                         {"name": "Bare", "request": "/b"}]},
                  {"name": "Served", "request": "/s", "response": [{"code": 200}]}
                  """));

      assertThat(collection.requestsWithoutExamples())
          .extracting(BareRequest::location)
          .containsExactly("F/Lonely", "F/Bare");
      assertThat(collection.requestsWithoutExamples())
          .extracting(r -> r.request().url().pathText())
          .containsExactly("/l", "/b");
      assertThat(collection.examples())
          .extracting(MockExample::location)
          .containsExactly("Served/Example 1");
    }

    @Test
    void examplesFollowFileOrderDepthFirst() {
      Collection collection =
          read(
              collectionOf(
                  """
                  {"name": "one", "request": "/1", "response": [{"name": "a"}, {"name": "b"}]},
                  {"name": "F", "item": [{"name": "two", "request": "/2", "response": [{"name": "c"}]}]},
                  {"name": "three", "request": "/3", "response": [{"name": "d"}]}
                  """));

      assertThat(collection.examples())
          .extracting(MockExample::name)
          .containsExactly("a", "b", "c", "d");
      assertThat(collection.examples())
          .extracting(MockExample::pointer)
          .containsExactly(
              "/item/0/response/0",
              "/item/0/response/1",
              "/item/1/item/0/response/0",
              "/item/2/response/0");
    }
  }

  @Nested
  class Request {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"'\"post\"', POST", "null, GET", "'\"PROPFIND\"', PROPFIND", "'\"purge\"', PURGE"})
    void methodIsUpperCasedAndDefaultsToGet(String method, String expected) {
      assertThat(originalRequest("{\"method\": " + method + ", \"url\": \"/x\"}").method())
          .isEqualTo(expected);
    }

    @Test
    void missingMethodIsGet() {
      assertThat(originalRequest("{\"url\": \"/x\"}").method()).isEqualTo("GET");
    }

    @Test
    void headerObjectsKeepDisabledFlag() {
      assertThat(
              originalRequest(
                      """
                      {"header": [{"key": "A", "value": "1"}, {"key": "B", "value": "2", "disabled": true}]}
                      """)
                  .headers())
          .containsExactly(Header.of("A", "1"), new Header("B", "2", true));
    }

    @Test
    void foldedHeaderLinesAreJoined() {
      assertThat(originalRequest("{\"header\": \"X-Long: part one\\r\\n  part two\"}").headers())
          .containsExactly(Header.of("X-Long", "part one  part two"));
    }
  }

  @Nested
  class Body {
    @Test
    void rawBodyKeepsTextAndLanguage() {
      RequestBody body =
          originalRequest(
                  """
                  {"body": {"mode": "raw", "raw": "{\\"a\\": 1}", "options": {"raw": {"language": "json"}}}}
                  """)
              .body();

      assertThat(body).isEqualTo(RequestBody.raw("{\"a\": 1}", "json"));
    }

    @Test
    void stringBodyIsRaw() {
      assertThat(originalRequest("{\"body\": \"plain\"}").body())
          .isEqualTo(RequestBody.raw("plain", null));
    }

    @Test
    void unknownModeFallsBackToRaw() {
      assertThat(originalRequest("{\"body\": {\"mode\": \"binary\", \"raw\": \"x\"}}").body())
          .isEqualTo(RequestBody.raw("x", null));
    }

    @Test
    void urlencodedFieldsAreRead() {
      RequestBody body =
          originalRequest(
                  """
                  {"body": {"mode": "urlencoded", "urlencoded": [
                    {"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": true}]}}
                  """)
              .body();

      assertThat(body.mode()).isEqualTo(BodyMode.URLENCODED);
      assertThat(body.params())
          .containsExactly(
              new FormParam("a", "1", "text", false), new FormParam("b", "2", "text", true));
    }

    @Test
    void fileBodyKeepsItsSource() {
      RequestBody body =
          originalRequest("{\"body\": {\"mode\": \"file\", \"file\": {\"src\": \"/tmp/a.bin\"}}}")
              .body();

      assertThat(body.mode()).isEqualTo(BodyMode.FILE);
      assertThat(body.raw()).isEqualTo("/tmp/a.bin");
    }

    @Test
    void disabledOrNullBodyIsNoBody() {
      assertThat(originalRequest("{\"body\": null}").body()).isEqualTo(RequestBody.NONE);
      assertThat(
              originalRequest("{\"body\": {\"mode\": \"raw\", \"raw\": \"x\", \"disabled\": true}}")
                  .body())
          .isEqualTo(RequestBody.NONE);
    }
  }

  @Nested
  class UrlEdges {
    @Test
    void emptyUrlIsTheRoot() {
      Url url = originalRequest("{\"url\": \"\"}").url();

      assertThat(url.path()).isEmpty();
      assertThat(url.pathText()).isEqualTo("/");
    }

    @Test
    void urlObjectWithoutPathIsTheRoot() {
      assertThat(originalRequest("{\"url\": {\"host\": [\"{{baseUrl}}\"]}}").url().path())
          .isEmpty();
    }

    @Test
    void hostStringIsKept() {
      assertThat(
              originalRequest("{\"url\": {\"host\": \"example.com\", \"path\": [\"a\"]}}")
                  .url()
                  .host())
          .isEqualTo("example.com");
    }
  }

  @Nested
  class Response {
    @Test
    void allFieldsAreRead() {
      MockExample example =
          response(
              """
              {"id": "e-1", "name": "Found", "code": 404, "status": "Not Found",
               "header": "Content-Type: application/json", "body": "{}",
               "_postman_previewlanguage": "json"}
              """);

      assertThat(example.id()).isEqualTo("e-1");
      assertThat(example.name()).isEqualTo("Found");
      assertThat(example.response())
          .isEqualTo(
              new ExampleResponse(
                  404,
                  "Not Found",
                  java.util.List.of(Header.of("Content-Type", "application/json")),
                  "{}",
                  "json"));
    }

    @Test
    void wholeDecimalCodeIsAccepted() {
      assertThat(response("{\"code\": 200.0}").response().code()).isEqualTo(200);
    }

    @Test
    void numericStringCodeIsAccepted() {
      assertThat(response("{\"code\": \"201\"}").response().code()).isEqualTo(201);
    }

    @Test
    void jsonBodyValueBecomesItsJsonText() {
      assertThat(response("{\"body\": {\"a\": [1, 2]}}").response().body())
          .isEqualTo("{\"a\":[1,2]}");
    }

    @Test
    void missingIdIsNullAndMissingNameIsNumbered() {
      MockExample example = response("{\"code\": 200}");

      assertThat(example.id()).isNull();
      assertThat(example.name()).isEqualTo("Example 1");
    }
  }

  @Nested
  class VariableValues {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "8080, 8080",
      "1.5, 1.5",
      "1.50, 1.5",
      "2.0, 2",
      "1e3, 1000",
      "-0.25, -0.25",
      "123456789012345678901234567890, 123456789012345678901234567890",
      "true, true",
      "'\"text\"', text"
    })
    void scalarValuesBecomeTheTextJavaScriptWouldPrint(String json, String text) {
      Collection collection =
          read("{\"item\": [], \"variable\": [{\"key\": \"v\", \"value\": " + json + "}]}");

      assertThat(collection.variables()).containsExactly(Variable.of("v", text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"null", "'{\"a\": 1}'", "'[1]'"})
    void nullObjectAndArrayValuesLeaveTheVariableWithoutValue(String json) {
      Collection collection =
          read("{\"item\": [], \"variable\": [{\"key\": \"v\", \"value\": " + json + "}]}");

      assertThat(collection.variables()).containsExactly(Variable.of("v", null));
    }
  }

  @Nested
  class EnvironmentFile {
    @Test
    void valuesAreReadWithEnabledFlagsAndNumbersAsText() {
      Environment environment =
          readEnvironment(
              """
              {"id": "1", "name": "Local", "_postman_variable_scope": "environment", "values": [
                {"key": "baseUrl", "value": "http://localhost:3001", "type": "default", "enabled": true},
                {"key": "port", "value": 3001, "type": "text", "enabled": true},
                {"key": "off", "value": "x", "enabled": false},
                {"key": "gone", "value": "y", "disabled": true},
                {"key": "bare", "value": "z"}]}
              """);

      assertThat(environment.name()).isEqualTo("Local");
      assertThat(environment.values())
          .containsExactly(
              Variable.of("baseUrl", "http://localhost:3001"),
              Variable.of("port", "3001"),
              new Variable("off", "x", true),
              new Variable("gone", "y", true),
              Variable.of("bare", "z"));
    }

    @Test
    void wrappedEnvironmentIsUnwrapped() {
      Environment environment =
          readEnvironment(
              "{\"environment\": {\"name\": \"E\", \"values\": [{\"key\": \"a\", \"value\": \"b\"}]}}");

      assertThat(environment.name()).isEqualTo("E");
      assertThat(environment.values()).containsExactly(Variable.of("a", "b"));
    }
  }
}
