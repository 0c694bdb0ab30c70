package io.github.postmanmock.internal.match;

/** Edit distance for rule U8 (SPEC §2.6 item 6). */
final class Levenshtein {
  private Levenshtein() {}

  /**
   * True when {@code (len(call) − distance) / len(call) >= threshold}. Checks the length difference
   * first, which bounds the distance from below, so most hopeless pairs cost nothing.
   */
  static boolean similar(String call, String example, double threshold) {
    int allowed = allowed(call.length(), threshold);
    if (Math.abs(call.length() - example.length()) > allowed) {
      return false;
    }
    return distance(call, example) <= allowed;
  }

  /**
   * The largest distance that keeps {@code (length − distance) / length >= threshold}, with a
   * little tolerance for floating-point error.
   */
  static int allowed(int length, double threshold) {
    return (int) Math.floor(length * (1 - threshold) + 1e-9);
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
