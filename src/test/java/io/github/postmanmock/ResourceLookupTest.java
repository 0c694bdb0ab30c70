package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collection(String)} and {@code environment(String)} look up files as the annotation does.
 */
class ResourceLookupTest {
  private static final String PETS = "collections/pets.postman_collection.json";

  @Test
  void aCollectionIsFoundOnTheClassPath() {
    try (MockServer mock = MockServer.builder().collection(PETS).start()) {
      assertThat(Http.get(mock.baseUrl(), "/pets/1").statusCode()).isEqualTo(200);
      assertThat(mock.toString()).contains(PETS);
    }
  }

  @Test
  void aCollectionThatIsNoResourceIsReadAsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("copy.json");
    try (var in = getClass().getClassLoader().getResourceAsStream(PETS)) {
      Files.write(file, in.readAllBytes());
    }

    try (MockServer mock = MockServer.builder().collection(file.toString()).start()) {
      assertThat(Http.get(mock.baseUrl(), "/pets/1").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aCollectionThatIsNowhereNamesBothPlacesLookedAt() {
    assertThatThrownBy(() -> MockServer.builder().collection("nowhere/missing.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The collection [nowhere/missing.json] was not found: looked on the class path as"
                + " [nowhere/missing.json] and in the working directory as [")
        .hasMessageEndingWith("missing.json]");
  }

  @Test
  void anEnvironmentIsFoundTheSameWay() {
    assertThatThrownBy(() -> MockServer.builder().environment("nowhere/env.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The environment [nowhere/env.json] was not found");
  }
}
