package io.github.postmanmock.internal.render;

import java.util.List;
import java.util.Random;
import net.datafaker.providers.base.Hacker;

/** Sentences of hacker jargon for {@code $randomPhrase}, built from Datafaker's hacker words. */
final class HackerPhrases {
  /** Templates: A = abbreviation, J = adjective, N = noun, V = verb, I = -ing verb. */
  private static final List<String> TEMPLATES =
      List.of(
          "Try to V the A N, maybe it will V the J N!",
          "We need to V the J A N!",
          "I'll V the J A N, that should N the A N!",
          "Use the J A N, then you can V the J N!",
          "The A N is down, V the J N so we can V the A N!",
          "I-ing the N won't do anything, we need to V the J A N!",
          "If we V the N, we can get to the A N through the J A N!");

  private HackerPhrases() {}

  /** Fill a random template with random hacker words. */
  static String phrase(Random random, Hacker hacker) {
    String template = Pick.one(random, TEMPLATES);
    StringBuilder out = new StringBuilder();
    for (String token : template.split(" ")) {
      out.append(out.length() == 0 ? "" : " ").append(fill(token, hacker));
    }
    String text = out.toString();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String fill(String token, Hacker hacker) {
    int end = token.length();
    while (end > 0 && !Character.isLetter(token.charAt(end - 1))) {
      end--;
    }
    String word = token.substring(0, end);
    String tail = token.substring(end);
    String value =
        switch (word) {
          case "A" -> hacker.abbreviation();
          case "J" -> hacker.adjective();
          case "N" -> hacker.noun();
          case "V" -> hacker.verb();
          case "I-ing" -> hacker.ingverb();
          default -> word;
        };
    return value + tail;
  }
}
