package io.github.postmanmock.internal.match;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Path helpers shared by example preparation and call parsing. A path is a non-empty list of
 * segments; the root path {@code /} is one empty segment and a trailing slash is a trailing empty
 * segment.
 */
final class Paths {
  static final List<String> ROOT = List.of("");

  private Paths() {}

  /** The segments of a raw call path: split on {@code /}, each percent-decoded. */
  static List<String> callSegments(String rawPath, boolean collapse) {
    String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    List<String> segments = new ArrayList<>();
    for (String s : p.split("/", -1)) {
      segments.add(decode(s, false));
    }
    return normalise(segments, collapse);
  }

  /** Turn an empty list into the root, and collapse runs of {@code /} when asked. */
  static List<String> normalise(List<String> segments, boolean collapse) {
    if (segments.isEmpty()) {
      return ROOT;
    }
    if (!collapse) {
      return List.copyOf(segments);
    }
    List<String> out = new ArrayList<>();
    for (String s : segments) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      return ROOT;
    }
    if (segments.get(segments.size() - 1).isEmpty()) {
      out.add("");
    }
    return List.copyOf(out);
  }

  /** Remove trailing empty segments (trailing slashes), but never turn the root into nothing. */
  static List<String> stripTrailing(List<String> segments) {
    int end = segments.size();
    while (end > 1 && segments.get(end - 1).isEmpty()) {
      end--;
    }
    return end == segments.size() ? segments : List.copyOf(segments.subList(0, end));
  }

  static String text(List<String> segments) {
    return "/" + String.join("/", segments);
  }

  /** Lower case character by character, so that the length never changes. */
  static String lower(String s) {
    int i = 0;
    while (i < s.length() && Character.toLowerCase(s.charAt(i)) == s.charAt(i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    char[] chars = s.toCharArray();
    for (int j = i; j < chars.length; j++) {
      chars[j] = Character.toLowerCase(chars[j]);
    }
    return new String(chars);
  }

  /** Lower case; the same list when it has no upper case (most paths), so no copy per call. */
  static List<String> lower(List<String> segments) {
    List<String> out = null;
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      String l = lower(s);
      if (out == null && l != s) {
        out = new ArrayList<>(segments.subList(0, i));
      }
      if (out != null) {
        out.add(l);
      }
    }
    return out == null ? List.copyOf(segments) : List.copyOf(out);
  }

  /**
   * Percent-decode {@code s} as UTF-8, leniently: a {@code %} not followed by two hex digits stays
   * as it is. With {@code plusAsSpace} a {@code +} becomes a space (form encoding).
   */
  static String decode(String s, boolean plusAsSpace) {
    if (s.indexOf('%') < 0 && (!plusAsSpace || s.indexOf('+') < 0)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '%'
          && i + 2 < s.length()
          && hex(s.charAt(i + 1)) >= 0
          && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 3;
        continue;
      }
      flush(bytes, out);
      out.append(plusAsSpace && c == '+' ? ' ' : c);
      i++;
    }
    flush(bytes, out);
    return out.toString();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
      bytes.reset();
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
