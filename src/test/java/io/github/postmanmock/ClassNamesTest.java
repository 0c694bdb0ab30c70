package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two classes, main or test, share a simple name: a reader (and an IDE's "open type") never has
 * to guess which {@code Example} or {@code Json} a file means.
 */
class ClassNamesTest {
  @Test
  void everyClassHasItsOwnSimpleName() throws IOException {
    Map<String, List<Path>> byName;
    try (Stream<Path> files =
        Stream.concat(
            Files.walk(Path.of("src", "main", "java")),
            Files.walk(Path.of("src", "test", "java")))) {
      byName =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.getFileName().toString().equals("package-info.java"))
              .collect(Collectors.groupingBy(f -> f.getFileName().toString()));
    }

    assertThat(byName).isNotEmpty();
    assertThat(byName.entrySet())
        .filteredOn(e -> e.getValue().size() > 1)
        .as("simple names used by more than one class")
        .isEmpty();
  }
}
