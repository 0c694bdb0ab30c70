package io.github.postmanmock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code options} of a SPEC table case through the public {@link MatchingOptions}, so that the
 * HTTP runner configures its server as a user would.
 */
final class SpecCaseOptions {
  private SpecCaseOptions() {}

  static MatchingOptions of(JsonNode o) {
    MatchingOptions options =
        "strict".equals(o.path("preset").asText())
            ? MatchingOptions.strict()
            : MatchingOptions.defaults();
    for (Map.Entry<String, JsonNode> f : o.properties()) {
      options = with(options, f.getKey(), f.getValue());
    }
    return options;
  }

  private static MatchingOptions with(MatchingOptions o, String name, JsonNode v) {
    return switch (name) {
      case "preset" -> o;
      case "docRevision" -> o.withDocumentation2022("DOC_2022_11".equals(v.asText()));
      case "pathSource" -> o.withPathFromResolvedUrl("SUBSTITUTED_STRING".equals(v.asText()));
      case "nameLookupScope" -> o.withNameLookupOnMatchingPath("MATCHING_PATH".equals(v.asText()));
      case "preferStatus" -> o.withPreferAny2xx("ANY_2XX".equals(v.asText()));
      case "matchWildcards" -> o.withMatchWildcards(v.asBoolean());
      case "fuzzyPathMatching" -> o.withFuzzyPathMatching(v.asBoolean());
      case "queryWildcards" -> o.withQueryWildcards(v.asBoolean());
      case "pathVariablesAsWildcards" -> o.withPathVariablesAsWildcards(v.asBoolean());
      case "matchBody" -> o.withMatchBody(v.asBoolean());
      case "matchHeaders" -> {
        List<String> keys = new ArrayList<>();
        v.forEach(k -> keys.add(k.asText()));
        yield o.withMatchHeaders(keys.toArray(String[]::new));
      }
      default -> throw new IllegalArgumentException("unknown option [" + name + "]");
    };
  }
}
