package io.github.postmanmock.internal.server;

/** Makes arbitrary text safe to send as one HTTP header value. */
final class HeaderValues {
  private static final int MAX_LENGTH = 2000;

  private HeaderValues() {}

  /** Replace line breaks and control or non-ASCII characters, and cut overly long text. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
    for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c > 0x7e ? (c == '\n' ? ' ' : '?') : c);
    }
    return out.toString().replace("  ", " ").trim();
  }
}
