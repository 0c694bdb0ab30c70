package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.internal.match.MatchOptions.DocRevision;
import io.github.postmanmock.internal.match.MatchOptions.IdDetection;
import io.github.postmanmock.internal.match.MatchOptions.NameLookupScope;
import io.github.postmanmock.internal.match.MatchOptions.PathSource;
import io.github.postmanmock.internal.match.MatchOptions.PreferStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine's options: the documented presets, the builder, and the checks on bad values. */
class MatchOptionsTest {

  @Test
  void theDefaultsAreTheChoicesOfSpecSection9() {
    MatchOptions d = MatchOptions.defaults();
    assertThat(d.docRevision()).isEqualTo(DocRevision.DOC_2024);
    assertThat(d.pathSource()).isEqualTo(PathSource.PATH_ONLY);
    assertThat(d.collapseSlashes()).isTrue();
    assertThat(d.ignoreTrailingSlash()).isTrue();
    assertThat(d.ignoreCase()).isTrue();
    assertThat(d.idDetection()).isEqualTo(IdDetection.DEFAULT);
    assertThat(d.fuzzyPathMatching()).isTrue();
    assertThat(d.fuzzyThreshold()).isEqualTo(0.75);
    assertThat(d.matchQueryParams()).isTrue();
    assertThat(d.matchWildcards()).isTrue();
    assertThat(d.pathVariablesAsWildcards()).isTrue();
    assertThat(d.queryWildcards()).isFalse();
    assertThat(d.matchBody()).isFalse();
    assertThat(d.matchHeaders()).isEmpty();
    assertThat(d.headerValueCaseInsensitive()).isFalse();
    assertThat(d.nameLookupScope()).isEqualTo(NameLookupScope.COLLECTION);
    assertThat(d.preferStatus()).isEqualTo(PreferStatus.EXACTLY_200);
  }

  @Test
  void strictTurnsOffEveryTolerantPathRuleAndNothingElse() {
    MatchOptions strict = MatchOptions.strict();
    assertThat(strict)
        .isEqualTo(
            new MatchOptions(
                DocRevision.DOC_2024,
                PathSource.PATH_ONLY,
                true,
                false,
                false,
                IdDetection.NONE,
                false,
                0.75,
                true,
                true,
                true,
                false,
                false,
                List.of(),
                false,
                NameLookupScope.COLLECTION,
                PreferStatus.EXACTLY_200));
  }

  @Test
  void theBuilderSetsEveryOptionAndLeavesItsSourceAlone() {
    Pattern slug = Pattern.compile("[a-z]+-[0-9]+");
    MatchOptions changed =
        MatchOptions.defaults().toBuilder()
            .docRevision(DocRevision.DOC_2022_11)
            .pathSource(PathSource.SUBSTITUTED_STRING)
            .collapseSlashes(false)
            .ignoreTrailingSlash(false)
            .ignoreCase(false)
            .idDetection(new IdDetection(false, false, false, slug))
            .fuzzyPathMatching(false)
            .fuzzyThreshold(0.5)
            .matchQueryParams(false)
            .matchWildcards(false)
            .pathVariablesAsWildcards(false)
            .queryWildcards(true)
            .matchBody(true)
            .matchHeaders(List.of("X-Tenant"))
            .headerValueCaseInsensitive(true)
            .nameLookupScope(NameLookupScope.MATCHING_PATH)
            .preferStatus(PreferStatus.ANY_2XX)
            .build();
    assertThat(changed)
        .isEqualTo(
            new MatchOptions(
                DocRevision.DOC_2022_11,
                PathSource.SUBSTITUTED_STRING,
                false,
                false,
                false,
                new IdDetection(false, false, false, slug),
                false,
                0.5,
                false,
                false,
                false,
                true,
                true,
                List.of("X-Tenant"),
                true,
                NameLookupScope.MATCHING_PATH,
                PreferStatus.ANY_2XX));
    assertThat(changed.toBuilder().build()).isEqualTo(changed);
    assertThat(MatchOptions.defaults().docRevision()).isEqualTo(DocRevision.DOC_2024);
  }

  @Test
  void theHeaderListIsCopied() {
    List<String> headers = new ArrayList<>(List.of("X-Tenant"));
    MatchOptions options = MatchOptions.defaults().toBuilder().matchHeaders(headers).build();
    headers.add("X-Role");
    assertThat(options.matchHeaders()).containsExactly("X-Tenant");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.5, 1.0001, Double.NaN})
  void aThresholdOutsideZeroToOneIsRejectedWithItsValue(double threshold) {
    MatchOptions.Builder builder = MatchOptions.defaults().toBuilder().fuzzyThreshold(threshold);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fuzzyThreshold must be in (0, 1] but was [" + threshold + "]");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.MIN_VALUE, 0.75, 1.0})
  void aThresholdInZeroToOneIsKept(double threshold) {
    assertThat(MatchOptions.defaults().toBuilder().fuzzyThreshold(threshold).build())
        .extracting(MatchOptions::fuzzyThreshold)
        .isEqualTo(threshold);
  }

  @Test
  void aMissingChoiceIsNamed() {
    List<UnaryOperator<MatchOptions.Builder>> unset =
        List.of(
            b -> b.docRevision(null),
            b -> b.pathSource(null),
            b -> b.idDetection(null),
            b -> b.nameLookupScope(null),
            b -> b.preferStatus(null));
    List<String> names =
        List.of("docRevision", "pathSource", "idDetection", "nameLookupScope", "preferStatus");
    for (int i = 0; i < unset.size(); i++) {
      MatchOptions.Builder builder = unset.get(i).apply(MatchOptions.defaults().toBuilder());
      assertThatThrownBy(builder::build)
          .isInstanceOf(NullPointerException.class)
          .hasMessage(names.get(i));
    }
  }

  @Test
  void idDetectionIsOnWhenAnyKindIs() {
    assertThat(IdDetection.NONE.enabled()).isFalse();
    assertThat(IdDetection.DEFAULT.enabled()).isTrue();
    assertThat(new IdDetection(true, false, false, null).enabled()).isTrue();
    assertThat(new IdDetection(false, true, false, null).enabled()).isTrue();
    assertThat(new IdDetection(false, false, true, null).enabled()).isTrue();
    assertThat(new IdDetection(false, false, false, Pattern.compile("x")).enabled()).isTrue();
  }
}
