package io.github.postmanmock.internal.render;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * The nine {@code $randomLorem...} variables, composed from single lorem-ipsum words with the
 * counts faker uses: sentences of 3-10 words, 2-6 sentences, paragraphs of 3 sentences, 3
 * paragraphs, 1-5 lines.
 */
final class LoremVariables {
  private final Random random;
  private final Supplier<String> word;

  LoremVariables(Random random, Supplier<String> word) {
    this.random = random;
    this.word = word;
  }

  void registerInto(Map<String, Supplier<String>> into) {
    into.put("$randomLoremWord", word);
    into.put("$randomLoremWords", () -> words(3, " "));
    into.put("$randomLoremSentence", this::sentence);
    into.put("$randomLoremSlug", () -> words(3, "-"));
    into.put(
        "$randomLoremSentences", () -> repeat(Pick.between(random, 2, 6), " ", this::sentence));
    into.put("$randomLoremParagraph", this::paragraph);
    into.put("$randomLoremParagraphs", this::paragraphs);
    into.put("$randomLoremText", this::text);
    into.put("$randomLoremLines", () -> repeat(Pick.between(random, 1, 5), "\n", this::sentence));
  }

  private String words(int count, String separator) {
    return repeat(count, separator, word);
  }

  private String sentence() {
    String text = words(Pick.between(random, 3, 10), " ");
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }

  private String paragraph() {
    return repeat(3, " ", this::sentence);
  }

  private String paragraphs() {
    return repeat(3, "\n \r", this::paragraph);
  }

  /** Like faker's {@code lorem.text()}: the output of one of the other lorem shapes. */
  private String text() {
    List<Supplier<String>> shapes =
        List.of(
            word,
            () -> words(3, " "),
            this::sentence,
            () -> repeat(Pick.between(random, 2, 6), " ", this::sentence),
            this::paragraph,
            this::paragraphs);
    return Pick.one(random, shapes).get();
  }

  private static String repeat(int count, String separator, Supplier<String> part) {
    StringJoiner joined = new StringJoiner(separator);
    for (int i = 0; i < count; i++) {
      joined.add(part.get());
    }
    return joined.toString();
  }
}
