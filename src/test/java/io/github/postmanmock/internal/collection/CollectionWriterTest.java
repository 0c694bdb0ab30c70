package io.github.postmanmock.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CollectionWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What a written file reads back as, with the file-specific fields of each example blanked. */
  private static List<MockExample> roundTrip(List<MockExample> examples, List<Variable> variables) {
    Collection back =
        CollectionReader.read("out.json", CollectionWriter.write("c", examples, variables));
    assertThat(back.variables()).isEqualTo(variables);
    return comparable(back.examples());
  }

  private static List<MockExample> comparable(List<MockExample> examples) {
    List<MockExample> out = new ArrayList<>();
    for (MockExample e : examples) {
      out.add(
          new MockExample(
              e.id(), e.name(), e.itemPath(), "", "", e.order(), e.request(), e.response()));
    }
    return out;
  }

  @Nested
  class Shape {
    @Test
    void declaresTheV21SchemaAndTheName() throws IOException {
      JsonNode root = MAPPER.readTree(CollectionWriter.write("Pets", List.of(), List.of()));

      assertThat(root.at("/info/name").textValue()).isEqualTo("Pets");
      assertThat(root.at("/info/schema").textValue())
          .isEqualTo("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
      assertThat(root.get("item")).isEmpty();
    }

    @Test
    void examplesWithAnItemPathAreWrittenIntoTheirFolders() throws IOException {
      MockExample a = example(List.of("Pets", "Get pet"), "Rex", 0);
      MockExample b = example(List.of("Pets", "Get pet"), "Tom", 1);
      MockExample c = example(List.of("Pets", "Other"), "Max", 2);

      JsonNode root = MAPPER.readTree(CollectionWriter.write("c", List.of(a, b, c), List.of()));

      assertThat(root.at("/item/0/name").textValue()).isEqualTo("Pets");
      assertThat(root.at("/item/0/item/0/name").textValue()).isEqualTo("Get pet");
      assertThat(root.at("/item/0/item/0/response")).hasSize(2);
      assertThat(root.at("/item/0/item/1/response/0/name").textValue()).isEqualTo("Max");
    }

    @Test
    void anExampleWithoutItemPathGetsAnItemNamedAfterItsRequest() throws IOException {
      JsonNode root =
          MAPPER.readTree(
              CollectionWriter.write("c", List.of(example(List.of(), "x", 0)), List.of()));

      assertThat(root.at("/item/0/name").textValue()).isEqualTo("GET {{baseUrl}}/pets/1?a=1");
      JsonNode url = root.at("/item/0/response/0/originalRequest/url");
      assertThat(url.get("host")).hasToString("[\"{{baseUrl}}\"]");
      assertThat(url.get("path")).hasToString("[\"pets\",\"1\"]");
      assertThat(url.get("query")).hasToString("[{\"key\":\"a\",\"value\":\"1\"}]");
    }

    @Test
    void aHostlessExampleGetsABaseUrlHostInItsItemRequestOnly() throws IOException {
      MockExample e =
          new MockExample(
              null,
              "x",
              List.of(),
              "inline",
              "",
              0,
              new ExampleRequest("GET", UrlParser.parse("/pets/1"), List.of(), RequestBody.NONE),
              new ExampleResponse(200, null, List.of(), null, null));

      JsonNode root = MAPPER.readTree(CollectionWriter.write("c", List.of(e), List.of()));

      assertThat(root.at("/item/0/request/url/raw").textValue()).isEqualTo("{{baseUrl}}/pets/1");
      assertThat(root.at("/item/0/request/url/host")).hasToString("[\"{{baseUrl}}\"]");
      assertThat(root.at("/item/0/response/0/originalRequest/url/raw").textValue())
          .isEqualTo("/pets/1");
      assertThat(root.at("/item/0/response/0/originalRequest/url/host").isMissingNode()).isTrue();
    }

    @Test
    void foldersAreSplitWhenTheOrderRequiresIt() {
      MockExample a = example(List.of("A", "r"), "1", 0);
      MockExample b = example(List.of("B", "r"), "2", 1);
      MockExample c = example(List.of("A", "r"), "3", 2);

      List<MockExample> back = roundTrip(List.of(a, b, c), List.of());

      assertThat(back).extracting(MockExample::name).containsExactly("1", "2", "3");
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void everyBodyModeAndFlagReadsBackTheSame() {
      List<MockExample> examples =
          Fixtures.read(
                  Fixtures.collectionOf(
                      """
                      {"name": "bodies", "request": "/x", "response": [
                        {"name": "raw", "originalRequest": {"method": "POST", "url": "/x",
                          "body": {"mode": "raw", "raw": "{\\"a\\":1}", "options": {"raw": {"language": "json"}}}}},
                        {"name": "form", "originalRequest": {"method": "POST", "url": "/x",
                          "header": [{"key": "A", "value": "1", "disabled": true}, {"key": "B", "value": ""}],
                          "body": {"mode": "urlencoded", "urlencoded": [
                            {"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": true}]}}},
                        {"name": "multi", "originalRequest": {"method": "POST", "url": "/x",
                          "body": {"mode": "formdata", "formdata": [
                            {"key": "t", "value": "x", "type": "text"}, {"key": "f", "src": "/tmp/a.png", "type": "file"}]}}},
                        {"name": "file", "originalRequest": {"method": "PUT", "url": "/x",
                          "body": {"mode": "file", "file": {"src": "/tmp/b.bin"}}}},
                        {"name": "gql", "originalRequest": {"method": "POST", "url": "/graphql",
                          "body": {"mode": "graphql", "graphql": {"query": "{ a }", "variables": "{\\"v\\":1}"}}}},
                        {"name": "query", "code": 204, "status": "No Content", "originalRequest": {"method": "GET",
                          "url": {"raw": "{{h}}/p/:id?a&&b=&c=1", "host": ["{{h}}"], "path": ["p", ":id"],
                            "query": [{"key": "a", "value": null}, {"key": null, "value": null},
                                      {"key": "b", "value": ""}, {"key": "c", "value": "1", "disabled": true}],
                            "variable": [{"key": "id"}, {"key": "k", "value": "v", "disabled": true}]}}},
                        {"name": "nocode", "body": null, "header": "X-A: 1\\nX-A: 2",
                          "_postman_previewlanguage": "text", "originalRequest": {"url": ""}},
                        {"name": "root", "code": 200, "originalRequest": {"method": "GET", "url": "/"}}
                      ]}
                      """))
              .examples();

      assertThat(roundTrip(examples, List.of())).isEqualTo(comparable(examples));
    }

    @Test
    void collectionVariablesAreWrittenWithTheirFlags() {
      List<Variable> variables =
          List.of(
              Variable.of("baseUrl", "http://x"),
              new Variable("off", "1", true),
              Variable.of("none", null));

      assertThat(roundTrip(List.of(), variables)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.postmanmock.internal.collection.CollectionWriterTest#corpus")
    void everyCorpusCollectionReadsBackWithTheSameExamples(String file) {
      Collection original = CollectionReader.read(SharedCorpus.require(file));

      assertThat(roundTrip(original.examples(), original.variables()))
          .isEqualTo(comparable(original.examples()));
    }
  }

  static Stream<String> corpus() throws IOException {
    try (Stream<Path> files = Files.list(SharedCorpus.require())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".postman_collection.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static MockExample example(List<String> itemPath, String name, int order) {
    return new MockExample(
        "id-" + name,
        name,
        itemPath,
        "test",
        "",
        order,
        new ExampleRequest(
            "GET",
            UrlParser.parse("{{baseUrl}}/pets/1?a=1"),
            List.of(Header.of("Accept", "application/json")),
            RequestBody.NONE),
        new ExampleResponse(200, "OK", List.of(), "{}", "json"));
  }
}
