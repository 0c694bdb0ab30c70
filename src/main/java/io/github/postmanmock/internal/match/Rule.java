package io.github.postmanmock.internal.match;

/** How the chosen example was found: a path rule of SPEC §2.6, a selection header, or step 0. */
public enum Rule {
  U1_EXACT(100),
  U2_TRAILING_SLASH(95),
  U3_CASE(90),
  U4_CASE_AND_TRAILING_SLASH(85),
  U5_WILDCARD(80),
  U6_IDS(79),
  U7_IDS_AND_TRAILING_SLASH(75),
  U8_DOCUMENT_DISTANCE(70),
  BY_ID(100),
  BY_NAME(100),
  SERVER_RESPONSE(100);

  private final int baseScore;

  Rule(int baseScore) {
    this.baseScore = baseScore;
  }

  /** The path score this rule gives before query, header and body adjustments. */
  public int baseScore() {
    return baseScore;
  }
}
