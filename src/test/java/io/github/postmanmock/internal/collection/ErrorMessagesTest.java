package io.github.postmanmock.internal.collection;

import static io.github.postmanmock.internal.collection.Fixtures.collectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.postmanmock.InvalidCollectionException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden tests: the exact text a user sees for a broken collection or environment. */
class ErrorMessagesTest {

  static Stream<Arguments> brokenCollections() {
    return Stream.of(
        Arguments.of(
            "status code that is a word",
            collectionOf(
                """
                {"name": "a", "request": "/a"}, {"name": "b", "request": "/b"},
                {"name": "c", "request": "/c", "response": [{"name": "x", "code": "OK"}]}
                """),
            "/item/2/response/0/code",
            "Invalid Postman collection [petstore.json] at [/item/2/response/0/code]:"
                + " expected an integer but was [\"OK\"]"),
        Arguments.of(
            "status code out of range",
            collectionOf("{\"name\": \"a\", \"request\": \"/a\", \"response\": [{\"code\": 42}]}"),
            "/item/0/response/0/code",
            "Invalid Postman collection [petstore.json] at [/item/0/response/0/code]:"
                + " expected an HTTP status code from 100 to 999 but was [42]"),
        Arguments.of(
            "status code too large for any number type",
            collectionOf(
                "{\"name\": \"a\", \"request\": \"/a\", \"response\": [{\"code\": 1e400}]}"),
            "/item/0/response/0/code",
            "Invalid Postman collection [petstore.json] at [/item/0/response/0/code]:"
                + " expected an HTTP status code from 100 to 999 but was [1E+400]"),
        Arguments.of(
            "fractional status code",
            collectionOf(
                "{\"name\": \"a\", \"request\": \"/a\", \"response\": [{\"code\": 200.5}]}"),
            "/item/0/response/0/code",
            "Invalid Postman collection [petstore.json] at [/item/0/response/0/code]:"
                + " expected an integer but was [200.5]"),
        Arguments.of(
            "nesting deeper than the parser allows",
            "[".repeat(3000) + "]".repeat(3000),
            "",
            "Invalid Postman collection [petstore.json]:"
                + " the JSON is nested more than 1000 levels deep at line 1, column 1002"),
        Arguments.of(
            "trailing comma",
            "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [],\n}",
            "",
            "Invalid Postman collection [petstore.json]: malformed JSON at line 4, column 1:"
                + " unexpected character [}]; expected a field name in double quotes"
                + " (is there a trailing comma?)"),
        Arguments.of(
            "empty file",
            "  \n",
            "",
            "Invalid Postman collection [petstore.json]: the file is empty;"
                + " export it from Postman again"),
        Arguments.of(
            "garbage after the collection",
            "{\"item\": []} {}",
            "",
            "Invalid Postman collection [petstore.json]: malformed JSON at line 1, column 14:"
                + " unexpected content after the end of the JSON value"),
        Arguments.of(
            "truncated file",
            "{\"item\": [",
            "",
            "Invalid Postman collection [petstore.json]: malformed JSON at line 1, column 11:"
                + " the file ends before the JSON value is complete (a missing [\"], [}] or []]?)"),
        Arguments.of(
            "unquoted word",
            "{\"item\": tru}",
            "",
            "Invalid Postman collection [petstore.json]: malformed JSON at line 1, column 14:"
                + " unexpected word [tru]; text values need double quotes"),
        Arguments.of(
            "array at the top",
            "[1, 2]",
            "",
            "Invalid Postman collection [petstore.json]:"
                + " expected a JSON object (a Postman collection) but was [[1,2]]"),
        Arguments.of(
            "item that is not an array",
            "{\"info\": {\"name\": \"x\"}, \"item\": \"all\"}",
            "/item",
            "Invalid Postman collection [petstore.json] at [/item]:"
                + " expected an array of items but was [\"all\"]"),
        Arguments.of(
            "collection without item",
            "{\"info\": {\"name\": \"x\"}}",
            "/item",
            "Invalid Postman collection [petstore.json]: no [item] array found;"
                + " export the collection from Postman as Collection v2.1"),
        Arguments.of(
            "v1 collection",
            "{\"id\": \"1\", \"name\": \"old\", \"order\": [], \"folders\": [], \"requests\": []}",
            "",
            "Invalid Postman collection [petstore.json]: this is a Postman collection v1 file,"
                + " which is not supported; export the collection from Postman as Collection v2.1"),
        Arguments.of(
            "response that is not an array",
            collectionOf("{\"name\": \"a\", \"request\": \"/a\", \"response\": {\"code\": 200}}"),
            "/item/0/response",
            "Invalid Postman collection [petstore.json] at [/item/0/response]:"
                + " expected an array of saved examples but was [{\"code\":200}]"),
        Arguments.of(
            "header of the wrong type",
            collectionOf(
                """
                {"name": "a", "request": "/a",
                 "response": [{"originalRequest": {"url": "/a", "header": 5}}]}
                """),
            "/item/0/response/0/originalRequest/header",
            "Invalid Postman collection [petstore.json] at"
                + " [/item/0/response/0/originalRequest/header]:"
                + " expected an array of headers or a string of header lines but was [5]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCollections")
  void brokenCollectionIsReportedWithFileAndPointer(
      String name, String json, String pointer, String message) {
    InvalidCollectionException error =
        catchThrowableOfType(
            InvalidCollectionException.class,
            () -> CollectionReader.read("petstore.json", json.getBytes(StandardCharsets.UTF_8)));

    assertThat(error).hasMessage(message);
    assertThat(error.source()).isEqualTo("petstore.json");
    assertThat(error.pointer()).isEqualTo(pointer);
  }

  @Test
  void brokenEnvironmentRowNamesTheEnvironment() {
    InvalidCollectionException error =
        catchThrowableOfType(
            InvalidCollectionException.class,
            () ->
                EnvironmentReader.read(
                    "local.json",
                    "{\"name\": \"L\", \"values\": [42]}".getBytes(StandardCharsets.UTF_8)));

    assertThat(error)
        .hasMessage(
            "Invalid Postman environment [local.json] at [/values/0]:"
                + " expected a variable object {\"key\": ..., \"value\": ...} but was [42]");
  }

  @Test
  void collectionGivenAsEnvironmentIsNamedForWhatItIs() {
    InvalidCollectionException error =
        catchThrowableOfType(
            InvalidCollectionException.class,
            () ->
                EnvironmentReader.read(
                    "local.json", collectionOf("").getBytes(StandardCharsets.UTF_8)));

    assertThat(error)
        .hasMessage(
            "Invalid Postman environment [local.json]:"
                + " this looks like a Postman collection file, not an environment");
  }

  @Test
  void missingFileIsReportedWithItsPath(@TempDir Path dir) {
    Path file = dir.resolve("nope.postman_collection.json");

    InvalidCollectionException error =
        catchThrowableOfType(InvalidCollectionException.class, () -> CollectionReader.read(file));

    assertThat(error)
        .hasMessage(
            "Invalid Postman collection [nope.postman_collection.json]: cannot read file ["
                + file.toAbsolutePath()
                + "]: it does not exist")
        .hasCauseInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void directoryIsReportedAsNotAFile(@TempDir Path dir) {
    InvalidCollectionException error =
        catchThrowableOfType(InvalidCollectionException.class, () -> EnvironmentReader.read(dir));

    assertThat(error)
        .hasMessage(
            "Invalid Postman environment ["
                + dir.getFileName()
                + "]: cannot read file ["
                + dir.toAbsolutePath()
                + "]: it is a directory");
  }

  @Test
  void syntaxErrorNeverShowsJacksonWording() {
    InvalidCollectionException error =
        catchThrowableOfType(
            InvalidCollectionException.class,
            () -> CollectionReader.read("x.json", "{'a': 1}".getBytes(StandardCharsets.UTF_8)));

    assertThat(error.getMessage())
        .startsWith("Invalid Postman collection [x.json]: malformed JSON at line 1, column 2:")
        .doesNotContain("code 39", "Source", "REDACTED", "was expecting");
  }
}
