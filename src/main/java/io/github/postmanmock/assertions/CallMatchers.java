package io.github.postmanmock.assertions;

import io.github.postmanmock.RecordedCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How assertions recognise a call by {@code "GET /pets/1"} or by an example's name or place. */
final class CallMatchers {
  private CallMatchers() {}

  /**
   * Whether {@code call} is {@code "METHOD /path"} (with {@code ?query} compared too when given).
   */
  static boolean isCallTo(RecordedCall call, String methodAndTarget) {
    String[] parts = parseCallTo(methodAndTarget);
    String target = parts[1];
    int q = target.indexOf('?');
    boolean pathOk =
        q < 0
            ? call.path().equals(target)
            : call.path().equals(target.substring(0, q))
                && call.query().equals(target.substring(q + 1));
    return call.method().equalsIgnoreCase(parts[0]) && pathOk;
  }

  static String[] parseCallTo(String methodAndTarget) {
    String trimmed = methodAndTarget.trim();
    int space = trimmed.indexOf(' ');
    if (space < 1 || !trimmed.substring(space + 1).trim().startsWith("/")) {
      throw new IllegalArgumentException(
          "call must be \"METHOD /path\" like \"GET /pets/1\" but was [\""
              + methodAndTarget
              + "\"]");
    }
    return new String[] {
      trimmed.substring(0, space).toUpperCase(Locale.ROOT), trimmed.substring(space + 1).trim()
    };
  }

  /**
   * Whether the example that answered {@code call} is {@code example}, by the rule of {@link
   * RecordedCall#answeredBy(String)}: a name or a place, an ambiguous name rejected.
   */
  static boolean servedExample(RecordedCall call, String example) {
    return call.answeredBy(example);
  }

  /** Whether a key is a call ({@code "GET /x"}) rather than an example. */
  static boolean looksLikeCall(String key) {
    int space = key.indexOf(' ');
    return space > 0
        && key.substring(space + 1).startsWith("/")
        && key.substring(0, space).chars().allMatch(c -> Character.isUpperCase(c));
  }

  /** Whether {@code call} is the call or example {@code key} names. */
  static boolean matchesKey(RecordedCall call, String key) {
    return looksLikeCall(key) ? isCallTo(call, key) : servedExample(call, key);
  }

  /** The decoded query parameters of {@code call} as {@code name=value} pairs, in order. */
  static List<Map.Entry<String, String>> queryParams(RecordedCall call) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (call.query().isEmpty()) {
      return out;
    }
    for (String pair : call.query().split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.add(Map.entry(decode(name), decode(value)));
    }
    return out;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
