package io.github.postmanmock.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
  static final Path CORPUS = locateCorpus();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The corpus is {@code ../shared/corpus} next to the project; a git worktree sits one level
   * deeper, so the nearest {@code shared/corpus} above the project directory is used.
   */
  private static Path locateCorpus() {
    Path dir = Path.of("").toAbsolutePath().getParent();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return Path.of("..", "shared", "corpus");
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusCollectionLoadsWithAllItsExamples() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "corpus folder " + CORPUS.toAbsolutePath() + " absent");
    List<Path> files;
    try (Stream<Path> listing = Files.list(CORPUS)) {
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
    assumeTrue(Files.isRegularFile(file), "sample " + file + " absent");

    loads(file);
  }

  @Test
  void twitterEnvironmentLoadsWithItsValues() throws IOException {
    Path file = CORPUS.resolve("twitter-api-v2.postman_environment.json");
    assumeTrue(Files.isRegularFile(file), "corpus file " + file + " absent");

    Environment environment = EnvironmentReader.read(file);

    int rows = MAPPER.readTree(file.toFile()).path("values").size();
    assertThat(environment.values()).hasSize(rows).isNotEmpty();
    assertThat(environment.source()).isEqualTo("twitter-api-v2.postman_environment.json");
  }
}
