package io.github.postmanmock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The example a runner saw chosen for one call of a {@link TableCase}, in the terms all three
 * runners share, and the check of it against the call's {@code expect}.
 *
 * @param matched whether an example was chosen
 * @param id its id, or {@code null}
 * @param name its name, or {@code null}
 * @param score its score ({@code NaN} when none)
 * @param rule the rule that chose it ({@code U1_EXACT}, {@code BY_NAME}...), or {@code null}
 */
public record TableChoice(boolean matched, String id, String name, double score, String rule) {
  /** Asserts that this is what {@code call} of {@code c} expects; {@code what} starts messages. */
  public void check(TableCase c, TableCall call, String what) {
    JsonNode expect = call.expect();
    JsonNode wanted = c.expectedExample(expect);
    assertThat(matched).as("matched, " + what).isEqualTo(wanted != null);
    if (wanted == null) {
      return;
    }
    assertThat(id).as("id, " + what).isEqualTo(wanted.path("id").asText(null));
    assertThat(name).as("name, " + what).isEqualTo(wanted.path("name").asText());
    if (expect.has("score")) {
      assertThat(score).as("score, " + what).isEqualTo(expect.path("score").asDouble());
    }
    if (expect.has("rule")) {
      assertThat(rule).as("rule, " + what).isEqualTo(expect.path("rule").asText());
    }
  }
}
