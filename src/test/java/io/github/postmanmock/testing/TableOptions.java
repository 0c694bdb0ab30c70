package io.github.postmanmock.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.match.MatchOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code options} of a {@link SpecTable} case as engine options, named as the engine names
 * them.
 */
final class TableOptions {
  private TableOptions() {}

  static MatchOptions of(JsonNode o) {
    MatchOptions.Builder b =
        ("strict".equals(o.path("preset").asText())
                ? MatchOptions.strict()
                : MatchOptions.defaults())
            .toBuilder();
    o.properties().forEach(f -> set(b, f.getKey(), f.getValue()));
    return b.build();
  }

  private static void set(MatchOptions.Builder b, String name, JsonNode v) {
    switch (name) {
      case "preset" -> {}
      case "docRevision" -> b.docRevision(MatchOptions.DocRevision.valueOf(v.asText()));
      case "pathSource" -> b.pathSource(MatchOptions.PathSource.valueOf(v.asText()));
      case "nameLookupScope" -> b.nameLookupScope(MatchOptions.NameLookupScope.valueOf(v.asText()));
      case "preferStatus" -> b.preferStatus(MatchOptions.PreferStatus.valueOf(v.asText()));
      case "matchWildcards" -> b.matchWildcards(v.asBoolean());
      case "fuzzyPathMatching" -> b.fuzzyPathMatching(v.asBoolean());
      case "queryWildcards" -> b.queryWildcards(v.asBoolean());
      case "pathVariablesAsWildcards" -> b.pathVariablesAsWildcards(v.asBoolean());
      case "matchBody" -> b.matchBody(v.asBoolean());
      case "matchHeaders" -> {
        List<String> keys = new ArrayList<>();
        v.forEach(k -> keys.add(k.asText()));
        b.matchHeaders(keys);
      }
      default -> throw new IllegalArgumentException("unknown option [" + name + "]");
    }
  }
}
