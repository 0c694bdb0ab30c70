package io.github.postmanmock.internal.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonShapeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "same shape, other values",
            "{\"a\":1,\"b\":\"x\"}",
            "{\"a\":2,\"b\":\"y\"}",
            List.of(),
            List.of()),
        Arguments.of(
            "number became string",
            "{\"a\":1}",
            "{\"a\":\"1\"}",
            List.of("/a: expected number, found string"),
            List.of()),
        Arguments.of(
            "null is a type of its own",
            "{\"a\":null}",
            "{\"a\":{}}",
            List.of("/a: expected null, found object"),
            List.of()),
        Arguments.of(
            "field gone inside an array element",
            "{\"items\":[{\"qty\":1}]}",
            "{\"items\":[{}]}",
            List.of("/items/0/qty: expected number, found nothing"),
            List.of()),
        Arguments.of(
            "elements past the example's are checked against its first",
            "[{\"id\":1}]",
            "[{\"id\":1},{\"id\":\"2\"}]",
            List.of("/1/id: expected number, found string"),
            List.of()),
        Arguments.of(
            "an empty array in the example checks nothing",
            "{\"a\":[]}",
            "{\"a\":[1,\"x\"]}",
            List.of(),
            List.of()),
        Arguments.of(
            "pointer escapes slash and tilde",
            "{\"a/b\":{\"c~d\":true}}",
            "{\"a/b\":{\"c~d\":1}}",
            List.of("/a~1b/c~0d: expected boolean, found number"),
            List.of()),
        Arguments.of(
            "extra field is an addition",
            "{\"a\":1}",
            "{\"a\":1,\"z\":[]}",
            List.of(),
            List.of("/z: expected nothing, found array")),
        Arguments.of(
            "root type differs",
            "{}",
            "[]",
            List.of("body: expected object, found array"),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void comparesShapes(
      String name, String expected, String actual, List<String> drifts, List<String> additions)
      throws IOException {
    JsonShape shape = JsonShape.compare(JSON.readTree(expected), JSON.readTree(actual), false);

    assertThat(shape.drifts()).map(Difference::toString).containsExactlyElementsOf(drifts);
    assertThat(shape.additions()).map(Difference::toString).containsExactlyElementsOf(additions);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueCases")
  void comparesValuesWhenAsked(String expected, String actual, List<String> drifts)
      throws IOException {
    JsonNode want = JSON.readTree(expected);

    assertThat(JsonShape.compare(want, JSON.readTree(actual), true).drifts())
        .map(Difference::toString)
        .containsExactlyElementsOf(drifts);
  }

  static Stream<Arguments> valueCases() {
    return Stream.of(
        Arguments.of("{\"a\":1.0}", "{\"a\":1}", List.of()),
        Arguments.of("{\"a\":\"x\"}", "{\"a\":\"y\"}", List.of("/a: expected \"x\", found \"y\"")),
        Arguments.of("[1]", "[1,2]", List.of()));
  }
}
