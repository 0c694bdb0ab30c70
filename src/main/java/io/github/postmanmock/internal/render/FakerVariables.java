package io.github.postmanmock.internal.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * The dynamic variables that need open word lists (names, cities, companies, lorem ipsum), backed
 * by Datafaker (an optional dependency); the closed lists of faker.js are {@link
 * FakerJsVariables}'.
 *
 * <p>This is the only class that links against {@code net.datafaker}; {@link DynamicVariables}
 * loads it only after {@link FakerSupport} found Datafaker. The Faker draws from the same {@link
 * Random} as every other generator, so a seed repeats its values too. English data is used whatever
 * the JVM's default locale, as Postman uses faker's {@code en} locale.
 */
final class FakerVariables {
  private final Random random;
  private final Faker faker;

  FakerVariables(Random random) {
    this.random = random;
    this.faker = new Faker(Locale.ENGLISH, random);
  }

  /** A word source over Datafaker's English vocabulary, for composed values. */
  Words words() {
    return this::word;
  }

  void registerInto(Map<String, Supplier<String>> into) {
    put(into, "$randomCity", f -> f.address().city());
    put(into, "$randomStreetName", f -> f.address().streetName());
    put(into, "$randomStreetAddress", f -> f.address().streetAddress());
    put(into, "$randomColor", f -> f.color().name());
    put(into, "$randomDepartment", f -> pick("commerce.department", -1));
    put(into, "$randomCompanyName", f -> f.company().name());
    put(into, "$randomCompanySuffix", f -> f.company().suffix());
    put(into, "$randomCatchPhrase", f -> f.company().catchPhrase());
    put(into, "$randomBs", f -> f.company().bs());
    put(into, "$randomCatchPhraseAdjective", f -> pick("company.buzzwords", 0));
    put(into, "$randomCatchPhraseDescriptor", f -> pick("company.buzzwords", 1));
    put(into, "$randomCatchPhraseNoun", f -> pick("company.buzzwords", 2));
    put(into, "$randomBsBuzz", f -> pick("company.bs", 0));
    put(into, "$randomBsAdjective", f -> pick("company.bs", 1));
    put(into, "$randomBsNoun", f -> pick("company.bs", 2));
    put(into, "$randomCurrencyCode", f -> f.money().currencyCode());
    put(into, "$randomBankAccountIban", f -> f.finance().iban());
    put(into, "$randomAbbreviation", f -> f.hacker().abbreviation());
    put(into, "$randomAdjective", f -> f.hacker().adjective());
    put(into, "$randomNoun", f -> f.hacker().noun());
    put(into, "$randomVerb", f -> f.hacker().verb());
    put(into, "$randomIngverb", f -> f.hacker().ingverb());
    put(into, "$randomPhrase", f -> HackerPhrases.phrase(random, f.hacker()));
    put(into, "$randomUrl", f -> (random.nextBoolean() ? "https" : "http") + "://" + domain());
    put(into, "$randomDomainName", f -> domain());
    put(into, "$randomDomainWord", f -> f.internet().domainWord());
    put(into, "$randomUserAgent", f -> f.internet().userAgent());
    put(into, "$randomFirstName", f -> f.name().firstName());
    put(into, "$randomLastName", f -> f.name().lastName());
    put(into, "$randomFullName", f -> f.name().firstName() + " " + f.name().lastName());
    put(into, "$randomNamePrefix", f -> f.name().prefix());
    put(into, "$randomNameSuffix", f -> f.name().suffix());
    put(into, "$randomWord", f -> word());
    new LoremVariables(random, () -> faker.lorem().word()).registerInto(into);
    new FakerJsVariables(random)
        .registerNames(into, () -> faker.name().firstName(), () -> faker.name().lastName());
  }

  private void put(Map<String, Supplier<String>> into, String name, Function<Faker, String> fn) {
    into.put(name, () -> fn.apply(faker));
  }

  /**
   * Pick from the English list at {@code key}; {@code part} selects one inner list when the entry
   * is a list of lists (company buzzwords and bs), or is -1 for a flat list.
   */
  private String pick(String key, int part) {
    List<?> list = faker.fakeValuesService().fetchObject(key, faker.getContext());
    List<?> options = part < 0 ? list : (List<?>) list.get(part);
    return String.valueOf(options.get(random.nextInt(options.size())));
  }

  private String word() {
    String word =
        switch (random.nextInt(3)) {
          case 0 -> faker.word().noun();
          case 1 -> faker.word().adjective();
          default -> faker.word().verb();
        };
    return word.trim().replace(' ', '-');
  }

  private String domain() {
    return faker.internet().domainWord()
        + "."
        + Pick.one(random, FakerJsWords.list("domain.suffix"));
  }
}
