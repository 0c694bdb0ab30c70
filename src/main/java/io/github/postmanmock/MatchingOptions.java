package io.github.postmanmock;

import io.github.postmanmock.internal.match.MatchOptions;
import java.util.List;
import java.util.Objects;

/**
 * How a mock chooses the example for a call: the matching options of Postman's mock server and the
 * tolerances postman-mock adds (see {@code docs/matching.md}). Start from {@link #defaults()}
 * (Postman's documented behaviour) or {@link #strict()} and change single options with the {@code
 * with...} methods, each of which returns a copy.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MatchingOptions {
  private static final MatchingOptions DEFAULTS = new MatchingOptions(MatchOptions.defaults());
  private static final MatchingOptions STRICT = new MatchingOptions(MatchOptions.strict());

  private final MatchOptions options;

  private MatchingOptions(MatchOptions options) {
    this.options = options;
  }

  /** Return Postman's behaviour as documented in 2024, with tolerant path matching. */
  public static MatchingOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Return an exact contract: no trailing-slash, letter-case, ID or similar-path tolerance.
   * Wildcards, query scoring and the selection headers still work.
   */
  public static MatchingOptions strict() {
    return STRICT;
  }

  /** Return a copy that does (or does not) ignore a trailing slash of the path. */
  public MatchingOptions withIgnoreTrailingSlash(boolean on) {
    return copy(options.toBuilder().ignoreTrailingSlash(on));
  }

  /** Return a copy that does (or does not) ignore the letter case of the path. */
  public MatchingOptions withIgnoreCase(boolean on) {
    return copy(options.toBuilder().ignoreCase(on));
  }

  /** Return a copy that does (or does not) let numeric and UUID segments stand for any ID. */
  public MatchingOptions withIdDetection(boolean on) {
    return copy(
        options.toBuilder()
            .idDetection(on ? MatchOptions.IdDetection.DEFAULT : MatchOptions.IdDetection.NONE));
  }

  /** Return a copy that does (or does not) accept similar paths (document distance). */
  public MatchingOptions withFuzzyPathMatching(boolean on) {
    return copy(options.toBuilder().fuzzyPathMatching(on));
  }

  /**
   * Return a copy with another least similarity for similar paths.
   *
   * @param threshold a value in (0, 1]; 0.75 by default
   * @throws IllegalArgumentException if {@code threshold} is outside (0, 1]
   */
  public MatchingOptions withFuzzyThreshold(double threshold) {
    return copy(options.toBuilder().fuzzyThreshold(threshold));
  }

  /** Return a copy that does (or does not) score query parameters. */
  public MatchingOptions withMatchQueryParams(boolean on) {
    return copy(options.toBuilder().matchQueryParams(on));
  }

  /** Return a copy in which unresolved {@code {{var}}} path segments do (or do not) match any. */
  public MatchingOptions withMatchWildcards(boolean on) {
    return copy(options.toBuilder().matchWildcards(on));
  }

  /** Return a copy that does (or does not) filter examples by request body. */
  public MatchingOptions withMatchBody(boolean on) {
    return copy(options.toBuilder().matchBody(on));
  }

  /** Return a copy that filters examples by the values of these request headers. */
  public MatchingOptions withMatchHeaders(String... names) {
    for (String name : names) {
      Objects.requireNonNull(name, "header name");
    }
    return copy(options.toBuilder().matchHeaders(List.of(names)));
  }

  /** Return a copy in which a tie goes to any 2xx example rather than only to a 200 one. */
  public MatchingOptions withPreferAny2xx(boolean on) {
    return copy(
        options.toBuilder()
            .preferStatus(
                on ? MatchOptions.PreferStatus.ANY_2XX : MatchOptions.PreferStatus.EXACTLY_200));
  }

  /**
   * Return a copy that takes the example path from the whole URL with every variable resolved (on),
   * rather than from the path part alone (off, the default, as Postman does). On, a path carried by
   * the host variable, such as {@code {{baseUrl}} = https://checkout-test.adyen.com/v71}, becomes
   * part of every example path, so a client that keeps {@code /v71} in its base URL is served.
   */
  public MatchingOptions withPathFromResolvedUrl(boolean on) {
    return copy(
        options.toBuilder()
            .pathSource(
                on
                    ? MatchOptions.PathSource.SUBSTITUTED_STRING
                    : MatchOptions.PathSource.PATH_ONLY));
  }

  /** Return a copy that does (or does not) collapse runs of {@code /} in paths; on by default. */
  public MatchingOptions withCollapseSlashes(boolean on) {
    return copy(options.toBuilder().collapseSlashes(on));
  }

  /**
   * Return a copy in which {@code :name} path segments without a value do (or do not) match any
   * segment, like an unresolved {@code {{name}}}; on by default.
   */
  public MatchingOptions withPathVariablesAsWildcards(boolean on) {
    return copy(options.toBuilder().pathVariablesAsWildcards(on));
  }

  /**
   * Return a copy in which an unresolved {@code {{name}}} query value of an example does (or does
   * not) match any value of its key, and captures it as {@code name}; off by default.
   */
  public MatchingOptions withQueryWildcards(boolean on) {
    return copy(options.toBuilder().queryWildcards(on));
  }

  /** Return a copy that compares the values of matched headers ignoring (or minding) case. */
  public MatchingOptions withHeaderValueCaseInsensitive(boolean on) {
    return copy(options.toBuilder().headerValueCaseInsensitive(on));
  }

  /**
   * Return a copy in which {@code x-mock-response-name} and {@code x-mock-response-id} look only at
   * examples whose path matches the call (on), rather than at every example with the call's method
   * (off, the default, as Postman does).
   */
  public MatchingOptions withNameLookupOnMatchingPath(boolean on) {
    return copy(
        options.toBuilder()
            .nameLookupScope(
                on
                    ? MatchOptions.NameLookupScope.MATCHING_PATH
                    : MatchOptions.NameLookupScope.COLLECTION));
  }

  /**
   * Return a copy that follows Postman's matching documentation of November 2022 (on) rather than
   * that of 2024 (off, the default): ties go to the last example, and query parameters score +10
   * exact, +5 ignoring case, -10 different.
   */
  public MatchingOptions withDocumentation2022(boolean on) {
    return copy(
        options.toBuilder()
            .docRevision(
                on ? MatchOptions.DocRevision.DOC_2022_11 : MatchOptions.DocRevision.DOC_2024));
  }

  MatchOptions toInternal() {
    return options;
  }

  private static MatchingOptions copy(MatchOptions.Builder builder) {
    return new MatchingOptions(builder.build());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchingOptions other && options.equals(other.options);
  }

  @Override
  public int hashCode() {
    return options.hashCode();
  }

  @Override
  public String toString() {
    return "MatchingOptions" + options;
  }
}
