package io.github.postmanmock.internal.collection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.InvalidCollectionException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A collection past one of the JSON parser's limits is rejected naming the limit and the place. */
class ParserLimitsTest {
  private static byte[] collection(String itemValue) {
    return ("{\"info\": {\"name\": \"n\"},\n \"item\": [],\n \"variable\": " + itemValue + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void nestingTooDeep() {
    byte[] bytes = collection("[".repeat(1500) + "]".repeat(1500));

    assertThatThrownBy(() -> CollectionReader.read("deep.json", bytes))
        .isInstanceOf(InvalidCollectionException.class)
        .hasMessageContaining("nested more than 1000 levels deep")
        .hasMessageMatching("(?s).*at line 3, column \\d+.*");
  }

  @Test
  void numberTooLong() {
    byte[] bytes = collection("[" + "9".repeat(2000) + "]");

    assertThatThrownBy(() -> CollectionReader.read("number.json", bytes))
        .isInstanceOf(InvalidCollectionException.class)
        .hasMessageContaining("a number is longer than 1000 digits")
        .hasMessageMatching("(?s).*at line 3, column \\d+.*");
  }

  @Test
  void fieldNameTooLong() {
    byte[] bytes = collection("{\"" + "k".repeat(60_000) + "\": 1}");

    assertThatThrownBy(() -> CollectionReader.read("name.json", bytes))
        .isInstanceOf(InvalidCollectionException.class)
        .hasMessageContaining("a field name is longer than 50000 characters")
        .hasMessageMatching("(?s).*at line 3, column \\d+.*");
  }
}
