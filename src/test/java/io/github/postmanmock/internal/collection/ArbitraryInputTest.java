package io.github.postmanmock.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.postmanmock.InvalidCollectionException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the input, the readers either return a model or throw {@link
 * InvalidCollectionException}: never a NullPointerException, a ClassCastException or a raw Jackson
 * exception.
 */
class ArbitraryInputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Field names Postman files use, so random objects often look like parts of a collection. */
  private static final List<String> VOCABULARY =
      List.of(
          "info",
          "name",
          "item",
          "request",
          "response",
          "originalRequest",
          "url",
          "raw",
          "host",
          "path",
          "query",
          "variable",
          "key",
          "value",
          "id",
          "disabled",
          "enabled",
          "method",
          "header",
          "body",
          "mode",
          "urlencoded",
          "formdata",
          "file",
          "graphql",
          "src",
          "type",
          "options",
          "language",
          "code",
          "status",
          "values",
          "collection",
          "environment",
          "requests",
          "folders",
          "protocol",
          "port",
          "hash",
          "_postman_previewlanguage");

  /** A collection that uses every field the loader reads; mutations break it in every place. */
  private static final String SKELETON =
      """
      {"info": {"name": "s", "schema": "v2.1.0"},
       "variable": [{"key": "a", "value": 1}, {"id": "b", "value": "x", "disabled": true}],
       "item": [{"name": "F", "item": [{"name": "R",
         "request": {"method": "POST", "url": "{{b}}/r/:id?x=1", "header": "A: b"},
         "response": [{"id": "1", "name": "ok", "code": 200, "status": "OK", "body": "{}",
           "_postman_previewlanguage": "json", "header": [{"key": "K", "value": "V"}, "C: d"],
           "originalRequest": {"method": "get",
             "url": {"raw": "{{b}}/r/:id", "protocol": "https", "port": "1", "hash": "h",
               "host": ["{{b}}"], "path": ["r", {"type": "string", "value": ":id"}],
               "query": [{"key": "q", "value": null, "disabled": true}],
               "variable": [{"key": "id", "value": 7}]},
             "header": [{"key": "Accept", "value": "*/*", "disabled": false}],
             "body": {"mode": "formdata", "options": {"raw": {"language": "json"}},
               "formdata": [{"key": "f", "type": "file", "src": ["a", "b"]},
                            {"key": "t", "value": "v", "type": "text"}],
               "urlencoded": [{"key": "u", "value": "1"}],
               "graphql": {"query": "{a}", "variables": {"v": 1}},
               "file": {"src": "x"}, "raw": "r"}}},
          {"name": "second"}]}]},
        {"name": "plain", "request": "/p", "response": [{"code": "201"}]}],
       "values": [{"key": "e", "value": 1, "enabled": false}]}
      """;

  @net.jqwik.api.Example
  void skeletonIsAValidCollectionAndEnvironment() {
    byte[] bytes = SKELETON.getBytes(StandardCharsets.UTF_8);

    assertThat(CollectionReader.read("s.json", bytes).examples()).hasSize(3);
    assertThat(EnvironmentReader.read("s.json", bytes).values()).hasSize(1);
  }

  @Property(tries = 300)
  void arbitraryBytesAreReadOrRejectedAsInvalid(@ForAll byte[] bytes) {
    readOrReject(bytes);
  }

  @Property(tries = 300)
  void arbitraryTextIsReadOrRejectedAsInvalid(@ForAll("jsonishText") String text) {
    readOrReject(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void arbitraryJsonTreesAreReadOrRejectedAsInvalid(@ForAll("jsonValues") JsonNode tree) {
    readOrReject(tree.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 500)
  void collectionsWithRandomValuesInAnyFieldAreReadOrRejectedAsInvalid(
      @ForAll("mutations") List<Tuple2<Integer, JsonNode>> mutations) throws Exception {
    JsonNode tree = MAPPER.readTree(SKELETON);
    for (Tuple2<Integer, JsonNode> mutation : mutations) {
      tree = replace(tree, mutation.get1(), mutation.get2());
    }
    boolean read = readOrReject(tree.toString().getBytes(StandardCharsets.UTF_8));
    // Both outcomes must be common (about half each today): if nearly every mutated collection
    // were rejected, the loader's reading code would go untested, and the reverse for its checks.
    Statistics.label("collection")
        .collect(read ? "read" : "rejected")
        .coverage(
            coverage -> {
              coverage.check("read").percentage(p -> p >= 20);
              coverage.check("rejected").percentage(p -> p >= 20);
            });
  }

  /** True when the bytes were read as a collection, false when they were rejected. */
  private static boolean readOrReject(byte[] bytes) {
    boolean read = true;
    try {
      CollectionReader.read("fuzz.json", bytes);
    } catch (InvalidCollectionException e) {
      assertThat(e.getMessage()).startsWith("Invalid Postman collection [fuzz.json]");
      read = false;
    }
    try {
      EnvironmentReader.read("fuzz.json", bytes);
    } catch (InvalidCollectionException e) {
      assertThat(e.getMessage()).startsWith("Invalid Postman environment [fuzz.json]");
    }
    return read;
  }

  /** Replace the node at depth-first position {@code index} (modulo the node count). */
  private static JsonNode replace(JsonNode root, int index, JsonNode replacement) {
    List<Tuple2<ContainerNode<?>, Object>> slots = new ArrayList<>();
    collect(root, slots);
    int slot = index % (slots.size() + 1);
    if (slot == slots.size()) {
      return replacement;
    }
    Tuple2<ContainerNode<?>, Object> target = slots.get(slot);
    if (target.get1() instanceof ObjectNode object) {
      object.set((String) target.get2(), replacement);
    } else {
      ((ArrayNode) target.get1()).set((Integer) target.get2(), replacement);
    }
    return root;
  }

  private static void collect(JsonNode node, List<Tuple2<ContainerNode<?>, Object>> slots) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        slots.add(Tuple.of(object, field.getKey()));
        collect(field.getValue(), slots);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        slots.add(Tuple.of(array, i));
        collect(array.get(i), slots);
      }
    }
  }

  @Provide
  Arbitrary<List<Tuple2<Integer, JsonNode>>> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, 10_000), value(2))
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<JsonNode> jsonValues() {
    return value(4);
  }

  @Provide
  Arbitrary<String> jsonishText() {
    return Arbitraries.strings()
        .withChars("{}[]\":,. \n\t\\0123456789eE+-truefalsn/")
        .withChars(VOCABULARY.get(0).toCharArray())
        .ofMaxLength(40);
  }

  private static Arbitrary<JsonNode> value(int depth) {
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(6).map(TextNode::valueOf),
            Arbitraries.of("200", "GET", "", "/a/:id.json", "users/1", "{{x}}/y?z=&&w", "A: b\nC")
                .map(TextNode::valueOf),
            Arbitraries.longs().map(LongNode::valueOf),
            Arbitraries.of("1e400", "-1e-400", "200.0", "12345678901234567890123")
                .map(number -> DecimalNode.valueOf(new BigDecimal(number))),
            Arbitraries.doubles().map(DoubleNode::valueOf),
            Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE, NullNode.instance));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> value(depth - 1));
    Arbitrary<JsonNode> array =
        child.list().ofMaxSize(3).map(list -> JsonNodeFactory.instance.arrayNode().addAll(list));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(Arbitraries.of(VOCABULARY), child)
            .ofMaxSize(4)
            .map(fields -> JsonNodeFactory.instance.objectNode().setAll(fields));
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, array), Tuple.of(2, object));
  }
}
