package io.github.postmanmock.internal.render;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Small random-choice helpers shared by the generators. */
final class Pick {
  private Pick() {}

  /** Return a uniformly chosen element of {@code options}. */
  static <T> T one(Random random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** Return an integer in {@code [min, max]}, both inclusive. */
  static int between(Random random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** Return a version 4 UUID whose bits all come from {@code random}, so a seed repeats it. */
  static String uuid(Random random) {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }

  /** Return {@code count} random decimal digits. */
  static String digits(Random random, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  /** Return {@code count} characters drawn from {@code alphabet}. */
  static String chars(Random random, String alphabet, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
