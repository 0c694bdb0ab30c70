package io.github.postmanmock.internal.match;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The options of the matching engine, one per row of SPEC §9. {@link #defaults()} behaves like
 * Postman's documentation of 2024; {@link #strict()} turns off every tolerant step. An outage
 * response that answers every call is the server's business, not the engine's ({@code
 * MockState.serverResponse}).
 *
 * @param docRevision which revision of Postman's documentation decides ties and query scores
 * @param pathSource how the path of an example is derived from its URL
 * @param collapseSlashes collapse runs of {@code /} in example and call paths
 * @param ignoreTrailingSlash rules U2, U4 and U7
 * @param ignoreCase rules U3 and U4
 * @param idDetection which segments count as IDs for rules U6 and U7; none turns them off
 * @param fuzzyPathMatching rule U8
 * @param fuzzyThreshold the least similarity (0..1) each segment pair needs for rule U8
 * @param matchQueryParams score query parameters (step 5)
 * @param matchWildcards rule U5: unresolved {@code {{var}}} segments match any segment
 * @param pathVariablesAsWildcards value-less {@code :var} segments act as wildcards
 * @param queryWildcards an unresolved {@code {{var}}} query value matches any value (extension)
 * @param matchBody filter examples by request body (step 6)
 * @param matchHeaders header names that filter examples (step 6); empty for none
 * @param headerValueCaseInsensitive compare header values ignoring case when filtering
 * @param nameLookupScope where {@code x-mock-response-name} looks
 * @param preferStatus which examples win a tie
 */
public record MatchOptions(
    DocRevision docRevision,
    PathSource pathSource,
    boolean collapseSlashes,
    boolean ignoreTrailingSlash,
    boolean ignoreCase,
    IdDetection idDetection,
    boolean fuzzyPathMatching,
    double fuzzyThreshold,
    boolean matchQueryParams,
    boolean matchWildcards,
    boolean pathVariablesAsWildcards,
    boolean queryWildcards,
    boolean matchBody,
    List<String> matchHeaders,
    boolean headerValueCaseInsensitive,
    NameLookupScope nameLookupScope,
    PreferStatus preferStatus) {

  private static final MatchOptions DEFAULTS =
      new MatchOptions(
          DocRevision.DOC_2024,
          PathSource.PATH_ONLY,
          true,
          true,
          true,
          IdDetection.DEFAULT,
          true,
          0.75,
          true,
          true,
          true,
          false,
          false,
          List.of(),
          false,
          NameLookupScope.COLLECTION,
          PreferStatus.EXACTLY_200);

  public MatchOptions {
    Objects.requireNonNull(docRevision, "docRevision");
    Objects.requireNonNull(pathSource, "pathSource");
    Objects.requireNonNull(idDetection, "idDetection");
    if (!(fuzzyThreshold > 0 && fuzzyThreshold <= 1)) {
      throw new IllegalArgumentException(
          "fuzzyThreshold must be in (0, 1] but was [" + fuzzyThreshold + "]");
    }
    matchHeaders = List.copyOf(matchHeaders);
    Objects.requireNonNull(nameLookupScope, "nameLookupScope");
    Objects.requireNonNull(preferStatus, "preferStatus");
  }

  /** Postman's behaviour as documented in 2024, with the choices of SPEC §9. */
  public static MatchOptions defaults() {
    return DEFAULTS;
  }

  /**
   * An exact contract: no trailing-slash, case, ID or document-distance tolerance. Wildcards, query
   * scoring and the selection headers still work.
   */
  public static MatchOptions strict() {
    return DEFAULTS.toBuilder()
        .ignoreTrailingSlash(false)
        .ignoreCase(false)
        .idDetection(IdDetection.NONE)
        .fuzzyPathMatching(false)
        .build();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Which revision of Postman's matching documentation to follow. */
  public enum DocRevision {
    /** Ties go to the first example by ID that has status 200; query match/partial/missing. */
    DOC_2024,
    /** Ties go to the last example by ID; query +10 exact, +5 case-insensitive, -10 mismatch. */
    DOC_2022_11
  }

  /** How the path of an example is derived from its URL (SPEC §1.4). */
  public enum PathSource {
    /** The path part only; the host part, variables in it included, stands for the mock. */
    PATH_ONLY,
    /** Substitute every variable in the whole URL string, then parse it again. */
    SUBSTITUTED_STRING
  }

  /** Where {@code x-mock-response-name} and {@code x-mock-response-id} look (SPEC §2.5). */
  public enum NameLookupScope {
    /** The whole collection after the method filter, as Postman does. */
    COLLECTION,
    /** Only examples whose path matches the call. */
    MATCHING_PATH
  }

  /** Which status wins a tie. */
  public enum PreferStatus {
    EXACTLY_200,
    ANY_2XX
  }

  /**
   * Which path segments count as IDs: all digits, a UUID, a segment of 256 characters or more, or a
   * custom pattern.
   */
  public record IdDetection(boolean digits, boolean uuid, boolean longSegments, Pattern custom) {
    public static final IdDetection DEFAULT = new IdDetection(true, true, false, null);
    public static final IdDetection NONE = new IdDetection(false, false, false, null);

    public boolean enabled() {
      return digits || uuid || longSegments || custom != null;
    }
  }

  /** A mutable builder; not thread-safe. */
  public static final class Builder {
    private DocRevision docRevision;
    private PathSource pathSource;
    private boolean collapseSlashes;
    private boolean ignoreTrailingSlash;
    private boolean ignoreCase;
    private IdDetection idDetection;
    private boolean fuzzyPathMatching;
    private double fuzzyThreshold;
    private boolean matchQueryParams;
    private boolean matchWildcards;
    private boolean pathVariablesAsWildcards;
    private boolean queryWildcards;
    private boolean matchBody;
    private List<String> matchHeaders;
    private boolean headerValueCaseInsensitive;
    private NameLookupScope nameLookupScope;
    private PreferStatus preferStatus;

    private Builder(MatchOptions o) {
      docRevision = o.docRevision;
      pathSource = o.pathSource;
      collapseSlashes = o.collapseSlashes;
      ignoreTrailingSlash = o.ignoreTrailingSlash;
      ignoreCase = o.ignoreCase;
      idDetection = o.idDetection;
      fuzzyPathMatching = o.fuzzyPathMatching;
      fuzzyThreshold = o.fuzzyThreshold;
      matchQueryParams = o.matchQueryParams;
      matchWildcards = o.matchWildcards;
      pathVariablesAsWildcards = o.pathVariablesAsWildcards;
      queryWildcards = o.queryWildcards;
      matchBody = o.matchBody;
      matchHeaders = o.matchHeaders;
      headerValueCaseInsensitive = o.headerValueCaseInsensitive;
      nameLookupScope = o.nameLookupScope;
      preferStatus = o.preferStatus;
    }

    public Builder docRevision(DocRevision v) {
      docRevision = v;
      return this;
    }

    public Builder pathSource(PathSource v) {
      pathSource = v;
      return this;
    }

    public Builder collapseSlashes(boolean v) {
      collapseSlashes = v;
      return this;
    }

    public Builder ignoreTrailingSlash(boolean v) {
      ignoreTrailingSlash = v;
      return this;
    }

    public Builder ignoreCase(boolean v) {
      ignoreCase = v;
      return this;
    }

    public Builder idDetection(IdDetection v) {
      idDetection = v;
      return this;
    }

    public Builder fuzzyPathMatching(boolean v) {
      fuzzyPathMatching = v;
      return this;
    }

    public Builder fuzzyThreshold(double v) {
      fuzzyThreshold = v;
      return this;
    }

    public Builder matchQueryParams(boolean v) {
      matchQueryParams = v;
      return this;
    }

    public Builder matchWildcards(boolean v) {
      matchWildcards = v;
      return this;
    }

    public Builder pathVariablesAsWildcards(boolean v) {
      pathVariablesAsWildcards = v;
      return this;
    }

    public Builder queryWildcards(boolean v) {
      queryWildcards = v;
      return this;
    }

    public Builder matchBody(boolean v) {
      matchBody = v;
      return this;
    }

    public Builder matchHeaders(List<String> v) {
      matchHeaders = v;
      return this;
    }

    public Builder headerValueCaseInsensitive(boolean v) {
      headerValueCaseInsensitive = v;
      return this;
    }

    public Builder nameLookupScope(NameLookupScope v) {
      nameLookupScope = v;
      return this;
    }

    public Builder preferStatus(PreferStatus v) {
      preferStatus = v;
      return this;
    }

    public MatchOptions build() {
      return new MatchOptions(
          docRevision,
          pathSource,
          collapseSlashes,
          ignoreTrailingSlash,
          ignoreCase,
          idDetection,
          fuzzyPathMatching,
          fuzzyThreshold,
          matchQueryParams,
          matchWildcards,
          pathVariablesAsWildcards,
          queryWildcards,
          matchBody,
          matchHeaders,
          headerValueCaseInsensitive,
          nameLookupScope,
          preferStatus);
    }
  }
}
