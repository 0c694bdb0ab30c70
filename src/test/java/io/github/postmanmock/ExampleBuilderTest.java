package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExampleBuilderTest {

  @Nested
  class RequestSide {
    @Test
    void theDesignSnippetBuildsAnExampleWithItsNameStatusAndBody() {
      Example pet =
          Examples.get("/pets/{{id}}")
              .respond(200)
              .json("{\"id\": {{id}}}")
              .named("any pet")
              .build();

      assertThat(pet.method()).isEqualTo("GET");
      assertThat(pet.url()).isEqualTo("/pets/{{id}}");
      assertThat(pet.status()).isEqualTo(200);
      assertThat(pet.name()).isEqualTo("any pet");
      assertThat(pet.body()).isEqualTo("{\"id\": {{id}}}");
      assertThat(pet.toString()).isEqualTo("GET /pets/{{id}} -> 200 (example \"any pet\")");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.postmanmock.ExampleBuilderTest#factories")
    void eachFactoryGivesItsMethod(String method, Function<String, ExampleBuilder> factory) {
      assertThat(factory.apply("/x").respond(204).build().method()).isEqualTo(method);
    }

    @Test
    void aCustomMethodIsUpperCased() {
      assertThat(Examples.request("purge", "/cache").respond(200).build().method())
          .isEqualTo("PURGE");
    }

    @Test
    void thePathIsSplitLikeACollectionUrl() {
      Url url =
          Examples.get("/pets/{{id}}/:kind?limit=2&flag")
              .respond(200)
              .build()
              .model()
              .request()
              .url();

      assertThat(url.host()).isEmpty();
      assertThat(url.path()).containsExactly("pets", "{{id}}", ":kind");
      assertThat(url.query())
          .containsExactly(QueryParam.of("limit", "2"), QueryParam.of("flag", null));
    }

    @Test
    void aFullUrlKeepsItsHost() {
      Url url =
          Examples.request("GET", "{{baseUrl}}/pets").respond(200).build().model().request().url();

      assertThat(url.host()).isEqualTo("{{baseUrl}}");
      assertThat(url.path()).containsExactly("pets");
    }

    @Test
    void queryParametersFollowThoseOfThePath() {
      Example e =
          Examples.get("/pets?limit=2").query("page", "3").query("q", "a b").respond(200).build();

      assertThat(e.model().request().url().query())
          .containsExactly(
              QueryParam.of("limit", "2"), QueryParam.of("page", "3"), QueryParam.of("q", "a b"));
      assertThat(e.url()).isEqualTo("/pets?limit=2&page=3&q=a b");
    }

    @Test
    void headersBeforeRespondBelongToTheRequestAndAfterToTheResponse() {
      Example e =
          Examples.get("/me").header("X-Role", "admin").respond(200).header("X-Trace", "1").build();

      assertThat(e.model().request().headers()).containsExactly(Header.of("X-Role", "admin"));
      assertThat(e.model().response().headers()).containsExactly(Header.of("X-Trace", "1"));
    }

    @Test
    void jsonAndTextBodiesAreRawWithTheirLanguage() {
      assertThat(requestBody(Examples.post("/u").jsonBody("{\"u\":1}")))
          .isEqualTo(RequestBody.raw("{\"u\":1}", "json"));
      assertThat(requestBody(Examples.post("/u").textBody("hi")))
          .isEqualTo(RequestBody.raw("hi", "text"));
    }

    @Test
    void formFieldsAccumulateInOrder() {
      RequestBody body =
          requestBody(Examples.post("/f").formBody("a", "1", "b", "2").formBody("c", "3"));

      assertThat(body.mode()).isEqualTo(BodyMode.URLENCODED);
      assertThat(body.params())
          .extracting(FormParam::key, FormParam::value)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("a", "1"),
              org.assertj.core.groups.Tuple.tuple("b", "2"),
              org.assertj.core.groups.Tuple.tuple("c", "3"));
    }

    @Test
    void multipartFieldsAreTextFieldsOfAFormDataBody() {
      RequestBody body =
          requestBody(Examples.post("/up").multipartField("title", "x").multipartField("n", "2"));

      assertThat(body.mode()).isEqualTo(BodyMode.FORMDATA);
      assertThat(body.params())
          .containsExactly(
              new FormParam("title", "x", "text", false), new FormParam("n", "2", "text", false));
    }

    @Test
    void aPathVariableWithAValueIsKeptLikeInACollection() {
      Url url =
          Examples.get("/pets/:id")
              .pathVariable("id", "7")
              .respond(200)
              .build()
              .model()
              .request()
              .url();

      assertThat(url.path()).containsExactly("pets", ":id");
      assertThat(url.pathVariable("id")).isEqualTo("7");
    }

    @Test
    void aGraphqlBodyKeepsQueryAndVariables() {
      assertThat(requestBody(Examples.post("/graphql").graphqlBody("{ a }", "{\"v\":1}")))
          .isEqualTo(RequestBody.graphql("{ a }", "{\"v\":1}"));
    }

    private RequestBody requestBody(ExampleBuilder b) {
      return b.respond(200).build().model().request().body();
    }
  }

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of("GET", (Function<String, ExampleBuilder>) Examples::get),
        Arguments.of("POST", (Function<String, ExampleBuilder>) Examples::post),
        Arguments.of("PUT", (Function<String, ExampleBuilder>) Examples::put),
        Arguments.of("PATCH", (Function<String, ExampleBuilder>) Examples::patch),
        Arguments.of("DELETE", (Function<String, ExampleBuilder>) Examples::delete),
        Arguments.of("HEAD", (Function<String, ExampleBuilder>) Examples::head),
        Arguments.of("OPTIONS", (Function<String, ExampleBuilder>) Examples::options));
  }

  @Nested
  class ResponseSide {
    @Test
    void jsonSetsContentTypeAndPreviewLanguage() {
      var response = Examples.get("/x").respond(201).json("[]").build().model().response();

      assertThat(response.code()).isEqualTo(201);
      assertThat(response.status()).isEqualTo("Created");
      assertThat(response.headers()).containsExactly(Header.of("Content-Type", "application/json"));
      assertThat(response.previewLanguage()).isEqualTo("json");
    }

    @Test
    void anExplicitContentTypeWinsOverTheDefault() {
      var response =
          Examples.get("/x")
              .respond(200)
              .header("content-type", "application/hal+json")
              .json("{}")
              .build()
              .model()
              .response();

      assertThat(response.headers())
          .containsExactly(Header.of("content-type", "application/hal+json"));
    }

    @Test
    void textIsPlainText() {
      var response = Examples.get("/x").respond(200).text("pong").build().model().response();

      assertThat(response.body()).isEqualTo("pong");
      assertThat(response.headers())
          .containsExactly(Header.of("Content-Type", "text/plain; charset=utf-8"));
    }

    @Test
    void bytesAreKeptAsGivenAndNotAsTemplateText() {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
      Example e = Examples.get("/logo").respond(200).bytes(png).build();
      png[1] = 'X';

      assertThat(e.model().response().binaryBody()).containsExactly((byte) 0x89, 'P', 'N', 'G');
      assertThat(e.body()).isNull();
      assertThat(e.model().response().headers())
          .containsExactly(Header.of("Content-Type", "application/octet-stream"));
    }

    @Test
    void aUtf8JsonFileIsAJsonTextBody(@TempDir Path dir) throws Exception {
      Path file = Files.writeString(dir.resolve("rex.json"), "{\"name\":\"Rex\"}");

      Example e = Examples.get("/pets/1").respond(200).body(file).build();

      assertThat(e.body()).isEqualTo("{\"name\":\"Rex\"}");
      assertThat(e.model().response().previewLanguage()).isEqualTo("json");
      assertThat(e.model().response().binaryBody()).isNull();
    }

    @Test
    void aFileThatIsNotUtf8IsABinaryBody(@TempDir Path dir) throws Exception {
      Path file = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, (byte) 0xff, 0});

      Example e = Examples.get("/logo").respond(200).body(file).build();

      assertThat(e.model().response().binaryBody()).containsExactly((byte) 0x89, (byte) 0xff, 0);
      assertThat(e.model().response().headers())
          .containsExactly(Header.of("Content-Type", "image/png"));
    }

    @Test
    void aClassPathResourceIsReadLikeAFile() {
      Example e = Examples.get("/pets").respond(200).bodyFromResource("inline/pets.json").build();

      assertThat(e.body()).contains("\"Rex\"");
      assertThat(e.model().response().previewLanguage()).isEqualTo("json");
    }

    @Test
    void nameIdAndDelayAreKept() {
      Example e =
          Examples.get("/x")
              .respond(200)
              .named("slow")
              .id("e-1")
              .delay(Duration.ofMillis(250))
              .build();

      assertThat(e.name()).isEqualTo("slow");
      assertThat(e.id()).isEqualTo("e-1");
      assertThat(e.delay()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void withoutANameTheExampleIsNamedAfterItsRequestAndStatus() {
      Example e = Examples.get("/x?a=1").respond(404).build();

      assertThat(e.name()).isEqualTo("GET /x?a=1 -> 404");
      assertThat(e.id()).isNull();
      assertThat(e.delay()).isZero();
    }

    @Test
    void inlineExamplesAreMarkedAsSuch() {
      var model = Examples.get("/x").respond(200).build().model();

      assertThat(model.source()).isEqualTo("inline");
      assertThat(model.pointer()).isEmpty();
      assertThat(model.itemPath()).isEmpty();
    }
  }

  @Nested
  class ToBuilder {
    @Test
    void aCopyWithoutChangesEqualsTheOriginal() {
      Example e =
          Examples.post("/login")
              .header("X-A", "1")
              .formBody("u", "a")
              .respond(201)
              .header("X-B", "2")
              .json("{}")
              .named("n")
              .id("i")
              .delay(Duration.ofSeconds(1))
              .build();

      assertThat(e.toBuilder().build()).isEqualTo(e).hasSameHashCodeAs(e);
    }

    @Test
    void changingTheBodyKindReplacesTheDefaultContentType() {
      Example json = Examples.get("/x").respond(200).json("{}").build();

      Example text = json.toBuilder().text("plain").build();

      assertThat(text.model().response().headers())
          .containsExactly(Header.of("Content-Type", "text/plain; charset=utf-8"));
      assertThat(json.body()).isEqualTo("{}");
    }

    @Test
    void aDefaultNameFollowsANewStatus() {
      Example e = Examples.get("/x").respond(200).build();

      assertThat(e.toBuilder().respond(500).build().name()).isEqualTo("GET /x -> 500");
    }

    @Test
    void theCopyIsOnTheResponseSideAndKeepsTheRequest() {
      Example e = Examples.get("/me").header("X-Role", "admin").respond(200).build();

      Example copy = e.toBuilder().header("X-Trace", "1").query("v", "2").build();

      assertThat(copy.model().request().headers()).containsExactly(Header.of("X-Role", "admin"));
      assertThat(copy.model().response().headers()).containsExactly(Header.of("X-Trace", "1"));
      assertThat(copy.url()).isEqualTo("/me?v=2");
    }

    @Test
    void binaryBodiesSurviveACopy() {
      Example e = Examples.get("/b").respond(200).bytes(new byte[] {1, 2}).build();

      assertThat(e.toBuilder().build()).isEqualTo(e);
    }
  }

  @Nested
  class Validation {
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.postmanmock.ExampleBuilderTest#misuses")
    void misuseIsReportedWithAMessageThatSaysWhatToDo(
        String message, Class<? extends Throwable> type, Runnable misuse) {
      assertThatThrownBy(misuse::run).isInstanceOf(type).hasMessage(message);
    }

    @Test
    void aMissingBodyFileIsNamed(@TempDir Path dir) {
      Path missing = dir.resolve("nope.json");

      assertThatThrownBy(() -> Examples.get("/x").respond(200).body(missing))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("body file [" + missing.toAbsolutePath() + "] does not exist");
    }

    @Test
    void aBinaryBodyThatIsNotTextCannotBeExported(@TempDir Path dir) {
      Example e =
          Examples.get("/b").respond(200).bytes(new byte[] {(byte) 0xff}).named("raw").build();

      assertThatThrownBy(() -> Examples.writeCollection(dir.resolve("c.json"), "c", List.of(e)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "example [raw] has a binary body of [1] bytes that is not UTF-8 text");
    }

    @Test
    void aUtf8BinaryBodyIsExportedAsText(@TempDir Path dir) throws Exception {
      Example e =
          Examples.get("/b").respond(200).bytes("héllo".getBytes(StandardCharsets.UTF_8)).build();
      Path file = dir.resolve("c.json");

      Examples.writeCollection(file, "c", List.of(e));

      assertThat(Files.readString(file)).contains("\"body\" : \"héllo\"");
    }
  }

  static Stream<Arguments> misuses() {
    return Stream.of(
        misuse(
            "path must start with '/' but was [pets/1]",
            IllegalArgumentException.class,
            () -> Examples.get("pets/1")),
        misuse(
            "url must start with '/', a variable such as '{{baseUrl}}' or a scheme such as"
                + " 'https://' but was [pets]",
            IllegalArgumentException.class,
            () -> Examples.request("GET", "pets")),
        misuse(
            "method must be an HTTP method such as GET or PURGE but was [\"GE T\"]",
            IllegalArgumentException.class,
            () -> Examples.request("GE T", "/x")),
        misuse(
            "path variable [id] is not a segment of [/pets/{{id}}]; write the path with a"
                + " segment [:id]",
            IllegalArgumentException.class,
            () -> Examples.get("/pets/{{id}}").pathVariable("id", "1")),
        misuse(
            "status must be an HTTP status code from 100 to 999 but was [42]",
            IllegalArgumentException.class,
            () -> Examples.get("/x").respond(42)),
        misuse(
            "header name must be a token such as X-Role but was [\"\"]",
            IllegalArgumentException.class,
            () -> Examples.get("/x").header("", "v")),
        misuse(
            "name must not be blank but was [\" \"]",
            IllegalArgumentException.class,
            () -> Examples.get("/x").named(" ")),
        misuse(
            "formBody takes key-value pairs but got [3] strings; give a value for key [b]",
            IllegalArgumentException.class,
            () -> Examples.post("/f").formBody("a", "1", "b")),
        misuse(
            "the request body is already raw text (jsonBody or textBody) and cannot also be a"
                + " urlencoded form (formBody); an example has one request body",
            IllegalStateException.class,
            () -> Examples.post("/f").jsonBody("{}").formBody("a", "1")),
        misuse(
            "json(...) describes the response; call respond(status) before it",
            IllegalStateException.class,
            () -> Examples.get("/x").json("{}")),
        misuse(
            "delay must be from 0 to 180000 ms but was [180001 ms]",
            IllegalArgumentException.class,
            () -> Examples.get("/x").respond(200).delay(Duration.ofMillis(180_001))),
        misuse(
            "body resource [missing.json] was not found on the class path; put it under"
                + " src/test/resources",
            IllegalArgumentException.class,
            () -> Examples.get("/x").respond(200).bodyFromResource("missing.json")),
        misuse(
            "example [GET /pets] has no response; call respond(status) before build()",
            IllegalStateException.class,
            () -> Examples.get("/pets").build()));
  }

  private static Arguments misuse(String message, Class<? extends Throwable> type, Runnable r) {
    return Arguments.of(message, type, r);
  }
}
