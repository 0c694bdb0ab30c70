package io.github.postmanmock.internal.render;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Dynamic variables drawn as faker.js 5 draws them, which is what Postman sends: its closed word
 * lists (job, product, domain suffix, currency name) and its formats for BICs and user names. They
 * need no optional dependency; the user name and e-mail generators take first and last names from
 * whatever supplies them.
 */
final class FakerJsVariables {
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String VOWELS = "AEIOU";

  private final Random random;

  FakerJsVariables(Random random) {
    this.random = random;
  }

  void registerInto(Map<String, Supplier<String>> into) {
    word(into, "$randomJobDescriptor", "job.descriptor");
    word(into, "$randomJobArea", "job.area");
    word(into, "$randomJobType", "job.type");
    into.put("$randomJobTitle", () -> pick("job.descriptor", "job.area", "job.type"));
    word(into, "$randomProductAdjective", "product.adjective");
    word(into, "$randomProductMaterial", "product.material");
    word(into, "$randomProduct", "product.name");
    into.put(
        "$randomProductName", () -> pick("product.adjective", "product.material", "product.name"));
    word(into, "$randomDomainSuffix", "domain.suffix");
    word(into, "$randomCurrencyName", "currency.name");
    into.put("$randomBankAccountBic", this::bic);
  }

  /**
   * Register {@code $randomUserName}, {@code $randomEmail} and {@code $randomExampleEmail} over
   * {@code firstName} and {@code lastName}.
   */
  void registerNames(
      Map<String, Supplier<String>> into, Supplier<String> firstName, Supplier<String> lastName) {
    Supplier<String> userName = () -> userName(firstName.get(), lastName.get());
    into.put("$randomUserName", userName);
    into.put("$randomEmail", () -> email(userName.get(), "free.email"));
    into.put("$randomExampleEmail", () -> email(userName.get(), "example.email"));
  }

  /**
   * {@code Kyleigh61}, {@code Kyleigh.Pouros} or {@code Kyleigh_Pouros61}, as faker.js makes it.
   */
  String userName(String first, String last) {
    String separator = random.nextBoolean() ? "." : "_";
    String name =
        switch (random.nextInt(3)) {
          case 0 -> first + random.nextInt(100);
          case 1 -> first + separator + last;
          default -> first + separator + last + random.nextInt(100);
        };
    return name.replace("'", "").replace(" ", "");
  }

  /** The user name made URL-safe as faker.js's slugify does, at a provider of {@code list}. */
  private String email(String userName, String list) {
    String slug = userName.replace(' ', '-').replaceAll("[^\\w.\\-]+", "");
    return slug + "@" + Pick.one(random, FakerJsWords.list(list));
  }

  /**
   * Bank, vowel, country, location letter and {@code 1}; then, as faker.js draws it, three more
   * (letter, vowel, letter) in 10 of 101 draws, three digits in 30, nothing in 61.
   */
  private String bic() {
    StringBuilder out = new StringBuilder(11);
    out.append(Pick.chars(random, UPPER, 3)).append(Pick.chars(random, VOWELS, 1));
    out.append(Pick.one(random, FakerJsWords.list("country.iso3166")));
    out.append(Pick.chars(random, UPPER, 1)).append('1');
    int branch = random.nextInt(101);
    if (branch < 10) {
      out.append(Pick.chars(random, UPPER, 1))
          .append(Pick.chars(random, VOWELS, 1))
          .append(Pick.chars(random, UPPER, 1));
    } else if (branch < 40) {
      out.append(Pick.digits(random, 3));
    }
    return out.toString();
  }

  private void word(Map<String, Supplier<String>> into, String name, String list) {
    List<String> words = FakerJsWords.list(list);
    into.put(name, () -> Pick.one(random, words));
  }

  private String pick(String... lists) {
    StringBuilder out = new StringBuilder();
    for (String list : lists) {
      out.append(out.length() == 0 ? "" : " ").append(Pick.one(random, FakerJsWords.list(list)));
    }
    return out.toString();
  }
}
