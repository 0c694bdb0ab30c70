package io.github.postmanmock.internal.render;

import java.util.List;
import java.util.Random;

/**
 * A source of single random words, used by generators that compose words ({@code $randomWords},
 * file names). Datafaker supplies a large vocabulary; without it a small built-in list keeps those
 * generators working.
 */
@FunctionalInterface
interface Words {
  /** Return one lower- or mixed-case word without spaces. */
  String word();

  /** Return a word source drawing from a short built-in list. */
  static Words builtIn(Random random) {
    return () -> Pick.one(random, BUILT_IN);
  }

  /** Everyday English words for use when Datafaker is absent. */
  List<String> BUILT_IN =
      List.of(
          "apple",
          "bridge",
          "candle",
          "delta",
          "engine",
          "forest",
          "garden",
          "harbor",
          "island",
          "jacket",
          "kettle",
          "ladder",
          "meadow",
          "needle",
          "orange",
          "pencil",
          "quartz",
          "river",
          "signal",
          "timber",
          "umbrella",
          "valley",
          "window",
          "yellow",
          "zebra",
          "anchor",
          "basket",
          "cloud",
          "desk",
          "ember",
          "feather",
          "glacier",
          "hammer",
          "ivory",
          "jungle",
          "lantern",
          "marble",
          "network",
          "ocean",
          "pepper",
          "rocket",
          "saddle",
          "tunnel",
          "velvet",
          "wagon");
}
