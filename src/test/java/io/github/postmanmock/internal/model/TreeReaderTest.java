package io.github.postmanmock.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The streaming tree reader gives the tree Jackson's {@code ObjectMapper} gives, bit for bit. */
class TreeReaderTest {
  private static final ObjectReader EXACT_MAPPER =
      new ObjectMapper()
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final ObjectReader PLAIN_MAPPER =
      new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectMapper DEFAULT_MAPPER = new ObjectMapper();

  @Property(tries = 300)
  void readsTheTreeTheMapperReads(@ForAll("documents") String json) throws Exception {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertSameTree(TreeReader.EXACT.read(bytes), EXACT_MAPPER.readTree(bytes));
    assertSameTree(TreeReader.PLAIN.read(json), PLAIN_MAPPER.readTree(json));
    String trailing = json + " [1, ";
    assertSameTree(TreeReader.FIRST_VALUE.read(trailing), DEFAULT_MAPPER.readTree(trailing));
  }

  @Test
  void numbersKeepTheMappersTypesAndScales() throws Exception {
    String json =
        "[0, -0, 7, 2147483648, 123456789012345678901234567890, 1.0, 1.50, 0.0, -0.0,"
            + " 1e3, 1E+400, 2.5e-3, 100.000]";
    assertSameTree(TreeReader.EXACT.read(json), EXACT_MAPPER.readTree(json));
    assertSameTree(TreeReader.PLAIN.read(json), PLAIN_MAPPER.readTree(json));
  }

  @Test
  void emptyInputHasNoTree() throws Exception {
    assertThat(TreeReader.EXACT.read("  ")).isNull();
  }

  @Test
  void trailingContentFailsWithItsPlace() {
    assertThatThrownBy(() -> TreeReader.EXACT.read("{\"a\":1}\n x"))
        .isInstanceOf(JsonParseException.class)
        .satisfies(
            e -> assertThat(((JsonParseException) e).getLocation().getLineNr()).isEqualTo(2));
    assertThatThrownBy(() -> TreeReader.EXACT.read("{\"a\":1} {}"))
        .hasMessageStartingWith("Trailing token");
  }

  private static void assertSameTree(JsonNode ours, JsonNode theirs) {
    assertThat(ours).isEqualTo(theirs);
    assertThat(ours.toString()).isEqualTo(theirs.toString());
    if (ours.isContainerNode()) {
      for (int i = 0; i < ours.size(); i++) {
        JsonNode a = ours.isArray() ? ours.get(i) : null;
        if (a != null) {
          assertThat(a.getClass()).isEqualTo(theirs.get(i).getClass());
          assertSameTree(a, theirs.get(i));
        }
      }
      ours.fieldNames()
          .forEachRemaining(
              name -> {
                assertThat(ours.get(name).getClass()).isEqualTo(theirs.get(name).getClass());
                assertSameTree(ours.get(name), theirs.get(name));
              });
    }
  }

  @Provide
  Arbitrary<String> documents() {
    return value(3);
  }

  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> leaf =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(8).map(TreeReaderTest::quoted),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.bigIntegers()
                .between(
                    new java.math.BigInteger("-99999999999999999999999"),
                    new java.math.BigInteger("99999999999999999999999"))
                .map(String::valueOf),
            Arbitraries.doubles().map(String::valueOf),
            Arbitraries.bigDecimals().ofScale(4).map(d -> d.toPlainString()),
            Arbitraries.of("true", "false", "null", "0.0", "-0.0", "1.10", "3e2"));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> inner = value(depth - 1);
    Arbitrary<String> array = inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
    Arbitrary<String> object =
        Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(3), inner)
            .ofMaxSize(4)
            .map(
                m -> {
                  StringBuilder out = new StringBuilder("{");
                  m.forEach(
                      (k, v) ->
                          out.append(out.length() > 1 ? "," : "")
                              .append(quoted(k))
                              .append(':')
                              .append(v));
                  return out.append('}').toString();
                });
    return Arbitraries.oneOf(
        leaf, array, object, object.map(o -> o.equals("{}") ? o : "{\"a\":1," + o.substring(1)));
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
