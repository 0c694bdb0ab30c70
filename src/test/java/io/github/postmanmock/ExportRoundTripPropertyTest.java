package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.collection.CollectionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Any example the builder makes reads back from an exported collection exactly as it was built. */
class ExportRoundTripPropertyTest {

  @Property(tries = 200)
  void everyBuiltExampleReadsBackFromItsExportUnchanged(
      @ForAll("examples") @Size(min = 1, max = 4) List<Example> examples) throws IOException {
    Path dir = Files.createTempDirectory("export");
    Path file = dir.resolve("c.postman_collection.json");
    try {
      Examples.writeCollection(file, "random", examples);

      List<io.github.postmanmock.internal.model.MockExample> back =
          CollectionReader.read(file).examples();

      assertThat(fileFree(back)).isEqualTo(fileFree(models(examples)));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  @Provide
  Arbitrary<List<Example>> examples() {
    return example().list();
  }

  private Arbitrary<Example> example() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("abcXYZ019-_.~%é ").ofMinLength(0).ofMaxLength(6),
            Arbitraries.of("{{id}}", ":id", "{{a/b}}", "{{$guid}}"));
    Arbitrary<String> path = segment.list().ofMaxSize(4).map(s -> "/" + String.join("/", s));
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(12);
    Arbitrary<String> token =
        Arbitraries.strings().withChars("abcXY-_").ofMinLength(1).ofMaxLength(5);
    Arbitrary<String> method = Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE", "PURGE");
    Arbitrary<Integer> status = Arbitraries.integers().between(100, 999);
    Arbitrary<Integer> bodyKind = Arbitraries.integers().between(0, 5);
    return Combinators.combine(
            method, path, token.list().ofMaxSize(2), text, status, bodyKind, token)
        .as(
            (m, p, keys, value, code, kind, name) -> {
              ExampleBuilder b = Examples.request(m, p);
              for (String k : keys) {
                b.query(k, value).header("X-" + k, value);
              }
              switch (kind) {
                case 1 -> b.jsonBody("{\"v\": \"" + value + "\"}");
                case 2 -> b.textBody(value);
                case 3 -> b.formBody(name, value, "b", value);
                case 4 -> b.multipartField(name, value);
                case 5 -> b.graphqlBody("{ " + name + " }", "");
                default -> {}
              }
              b.respond(code).header("X-Resp", value).named(name + value);
              if (kind % 2 == 0) {
                b.json(value).id(name);
              } else {
                b.text(value);
              }
              return b.build();
            });
  }

  private static List<io.github.postmanmock.internal.model.MockExample> models(
      List<Example> examples) {
    List<io.github.postmanmock.internal.model.MockExample> models = new ArrayList<>();
    for (Example e : examples) {
      models.add(e.model().withOrder(models.size()));
    }
    return models;
  }

  private static List<io.github.postmanmock.internal.model.MockExample> fileFree(
      List<io.github.postmanmock.internal.model.MockExample> examples) {
    return examples.stream()
        .map(
            e ->
                new io.github.postmanmock.internal.model.MockExample(
                    e.id(), e.name(), List.of(), "", "", e.order(), e.request(), e.response()))
        .toList();
  }
}
