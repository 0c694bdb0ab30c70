package io.github.postmanmock.internal.render;

import java.nio.charset.StandardCharsets;

/**
 * Makes text safe to send as an HTTP header value, so that request data inserted into a response
 * header by a template can never end the header early or start a new one (response splitting).
 *
 * <p>Safe means safe as the bytes the JDK server writes: it writes each character of a header as
 * one byte, its low eight bits, so U+010D goes out as CR and U+010A as LF. A value therefore keeps
 * only visible ASCII, space and horizontal tab:
 *
 * <ul>
 *   <li>each run of control characters (C0 but tab, DEL, C1, the Unicode line and paragraph
 *       separators) becomes one space;
 *   <li>every other character outside ASCII is percent-encoded as its UTF-8 bytes ({@code é}
 *       becomes {@code %C3%A9}), so the information stays readable and nothing reaches the wire as
 *       a control byte. A lone surrogate becomes {@code ?}.
 * </ul>
 */
public final class HeaderValues {
  private HeaderValues() {}

  /** Return {@code value} made safe as above; a safe value is returned unchanged. */
  public static String sanitize(String value) {
    if (isSafe(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    boolean inRun = false;
    int i = 0;
    while (i < value.length()) {
      int cp = value.codePointAt(i);
      int width = Character.charCount(cp);
      if (isControl(cp)) {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        inRun = false;
        if (cp < 0x80) {
          out.append((char) cp);
        } else if (Character.isSurrogate((char) cp)) {
          out.append('?');
        } else {
          percentEncode(value.substring(i, i + width), out);
        }
      }
      i += width;
    }
    return out.toString();
  }

  /** Return whether every character of {@code value} is visible ASCII, space or tab. */
  public static boolean isSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80 || isControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
  }

  private static void percentEncode(String character, StringBuilder out) {
    for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
      out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
    }
  }
}
