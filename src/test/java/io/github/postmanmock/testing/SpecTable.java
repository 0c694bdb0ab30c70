package io.github.postmanmock.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The conformance cases of SPEC §7, one table in {@code conformance/spec-table.json} for the three
 * runners: the engine, a real server over HTTP, and the inline builder's parity with collection
 * files. A case runs in every runner unless its {@code runners} field names the ones that can
 * express it.
 */
public final class SpecTable {
  private static final String RESOURCE = "/conformance/spec-table.json";

  /** Who reads the table. */
  public enum Runner {
    ENGINE,
    HTTP,
    BUILDER
  }

  private SpecTable() {}

  /** The cases {@code runner} runs, in table order. */
  public static List<TableCase> casesFor(Runner runner) {
    List<TableCase> out = new ArrayList<>();
    for (JsonNode c : all()) {
      if (runsIn(c, runner)) {
        out.add(new TableCase(c));
      }
    }
    return out;
  }

  /** Every case of the table, as JSON, for tests of the table itself. */
  public static List<JsonNode> all() {
    try (InputStream in = SpecTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE + " on the test class path");
      }
      List<JsonNode> cases = new ArrayList<>();
      new ObjectMapper().readTree(in).path("cases").forEach(cases::add);
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Whether case {@code c} (JSON) runs in {@code runner}. */
  public static boolean runsIn(JsonNode c, Runner runner) {
    if (!c.has("runners")) {
      return true;
    }
    Set<String> names = new HashSet<>();
    c.path("runners").forEach(n -> names.add(n.asText()));
    return names.contains(runner.name().toLowerCase(Locale.ROOT));
  }
}
