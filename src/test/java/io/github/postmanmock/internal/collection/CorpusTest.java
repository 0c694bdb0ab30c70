package io.github.postmanmock.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every real collection of the shared corpus loads, with as many examples as it saves. */
class CorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyCorpusCollectionLoadsWithAllItsExamples() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(SharedCorpus.require())) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".postman_collection.json"))
              .sorted()
              .toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> loads(file)));
  }

  private static void loads(Path file) throws IOException {
    Collection collection = CollectionReader.read(file);

    assertThat(collection.examples()).hasSize(countResponses(MAPPER.readTree(file.toFile())));
    assertThat(collection.source()).isEqualTo(file.getFileName().toString());
    for (int i = 0; i < collection.examples().size(); i++) {
      assertThat(collection.examples().get(i).order()).isEqualTo(i);
      assertThat(collection.examples().get(i).pointer()).contains("/response/");
    }
  }

  /** Counts the entries of every {@code response} array under an {@code item} tree. */
  private static int countResponses(JsonNode node) {
    int count = 0;
    if (node.isObject()) {
      JsonNode response = node.get("response");
      if (response != null && response.isArray() && !node.has("item")) {
        count += response.size();
      }
      for (JsonNode child : node) {
        count += countResponses(child);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        count += countResponses(child);
      }
    }
    return count;
  }

  @Test
  void bundledPetstoreSampleLoads() throws IOException {
    Path file = Path.of("samples", "petstore", "petstore.postman_collection.json");

    loads(file);
  }

  @Test
  void twitterEnvironmentLoadsWithItsValues() throws IOException {
    Path file = SharedCorpus.require("twitter-api-v2.postman_environment.json");

    Environment environment = EnvironmentReader.read(file);

    int rows = MAPPER.readTree(file.toFile()).path("values").size();
    assertThat(environment.values()).hasSize(rows).isNotEmpty();
    assertThat(environment.source()).isEqualTo("twitter-api-v2.postman_environment.json");
  }
}
