package io.github.postmanmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.collection.CollectionReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * The sample collection broken in random places (text cut out, characters put in, JSON nested past
 * the parser's limit) is read or rejected, and every rejection says where: a line and column, or
 * the path of the field at fault.
 */
@Tag("reliability")
class CollectionFuzzTest {
  private static final String SAMPLE = sample();

  private static String sample() {
    try {
      return Files.readString(Path.of("samples/petstore/petstore.postman_collection.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, SAMPLE.length());
    Arbitrary<String> inserted =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("{}[]\",:0-9eE.tfn\\ \n").ofMaxLength(6),
            Arbitraries.integers().between(1001, 1500).map("["::repeat),
            Arbitraries.integers().between(1001, 1500).map("1"::repeat),
            Arbitraries.of("null", "true", "\"\"", "[]", "{}", "-1", "1e999"));
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 12);
    return Combinators.combine(at, cut, inserted)
        .as(
            (i, n, text) ->
                SAMPLE.substring(0, i) + text + SAMPLE.substring(Math.min(SAMPLE.length(), i + n)));
  }

  @Property(tries = 1000)
  void everyRejectionNamesWhere(@ForAll("mutated") String text) {
    try {
      CollectionReader.read("fuzz.json", text.getBytes(StandardCharsets.UTF_8));
    } catch (InvalidCollectionException e) {
      assertThat(!e.pointer().isEmpty() || e.getMessage().matches("(?s).*line \\d+, column \\d+.*"))
          .as("names a field path or a line and column: %s", e.getMessage())
          .isTrue();
    }
  }
}
