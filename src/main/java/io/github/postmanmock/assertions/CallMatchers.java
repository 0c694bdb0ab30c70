package io.github.postmanmock.assertions;

import io.github.postmanmock.RecordedCall;
import java.util.Locale;

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
}
