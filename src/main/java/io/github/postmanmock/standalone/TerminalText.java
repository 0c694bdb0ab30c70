package io.github.postmanmock.standalone;

/**
 * Text from calls and collections made fit for one terminal line: control characters (an escape
 * sequence in a path would drive the user's terminal) become {@code ?}, and long parts are cut with
 * an ellipsis.
 */
final class TerminalText {
  static final String ELLIPSIS = "…";

  private TerminalText() {}

  /** {@code text} with every control character replaced by {@code ?}. */
  static String clean(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return b.toString();
  }

  /** {@code text}, or its first {@code max} characters and an ellipsis when it is longer. */
  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + ELLIPSIS;
  }

  /**
   * {@code path?query} with the query cut to {@code max} characters and the number of characters
   * left out: {@code /search?q=a&fields=id,name… (+2318 chars)}.
   */
  static String shortenQuery(String pathAndQuery, int max) {
    int q = pathAndQuery.indexOf('?');
    if (q < 0 || pathAndQuery.length() - q - 1 <= max) {
      return pathAndQuery;
    }
    int hidden = pathAndQuery.length() - q - 1 - max;
    return pathAndQuery.substring(0, q + 1 + max) + ELLIPSIS + " (+" + hidden + " chars)";
  }
}
