package io.github.postmanmock.internal.render;

/**
 * Makes text safe to send as an HTTP header value, so that request data inserted into a response
 * header by a template can never end the header early or start a new one (response splitting).
 */
public final class HeaderValues {
  private HeaderValues() {}

  /**
   * Return {@code value} with every run of control characters (CR, LF, NUL and the rest of C0
   * except horizontal tab; DEL; NEL and the Unicode line and paragraph separators) replaced by one
   * space. Text without such characters is returned unchanged.
   */
  public static String sanitize(String value) {
    if (isSafe(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    boolean inRun = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isUnsafe(c)) {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /** Return whether {@code value} contains no character that {@link #sanitize} would replace. */
  public static boolean isSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isUnsafe(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnsafe(char c) {
    return (c < 0x20 && c != '\t') || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029;
  }
}
