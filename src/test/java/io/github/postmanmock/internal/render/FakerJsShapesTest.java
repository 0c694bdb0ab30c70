package io.github.postmanmock.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The variables whose values come from faker.js 5's closed lists and formats, as Postman draws
 * them: every seed gives values Postman could have sent (issue 15 item 10).
 */
class FakerJsShapesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
  private static final int DRAWS = 20;

  /** What Postman sends for every $randomImageDataUri, taken from faker.js 5.5.3 itself. */
  private static final String POSTMAN_IMAGE_DATA_URI =
      "data:image/svg+xml;charset=UTF-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22"
          + "%20version%3D%221.1%22%20baseProfile%3D%22full%22%20width%3D%22undefined%22%20height"
          + "%3D%22undefined%22%3E%3Crect%20width%3D%22100%25%22%20height%3D%22100%25%22%20fill%3D"
          + "%22grey%22%2F%3E%3Ctext%20x%3D%22NaN%22%20y%3D%22NaN%22%20font-size%3D%2220%22%20alig"
          + "nment-baseline%3D%22middle%22%20text-anchor%3D%22middle%22%20fill%3D%22white%22%3Eund"
          + "efinedxundefined%3C%2Ftext%3E%3C%2Fsvg%3E";

  private static DynamicVariables seeded(long seed) {
    return DynamicVariables.create(new Random(seed), CLOCK, true);
  }

  @Property(tries = 50)
  void closedListsDrawOnlyFakerJsWords(@ForAll long seed) {
    DynamicVariables v = seeded(seed);
    for (int i = 0; i < DRAWS; i++) {
      assertThat(v.resolve("$randomJobArea")).isIn(FakerJsWords.list("job.area"));
      assertThat(v.resolve("$randomJobDescriptor")).isIn(FakerJsWords.list("job.descriptor"));
      assertThat(v.resolve("$randomJobType")).isIn(FakerJsWords.list("job.type"));
      assertThat(v.resolve("$randomProduct")).isIn(FakerJsWords.list("product.name"));
      assertThat(v.resolve("$randomProductMaterial")).isIn(FakerJsWords.list("product.material"));
      assertThat(v.resolve("$randomProductAdjective")).isIn(FakerJsWords.list("product.adjective"));
      assertThat(v.resolve("$randomDomainSuffix")).isIn(FakerJsWords.list("domain.suffix"));
      assertThat(v.resolve("$randomCurrencyName")).isIn(FakerJsWords.list("currency.name"));
    }
  }

  @Property(tries = 50)
  void aJobTitleIsDescriptorAreaAndType(@ForAll long seed) {
    String[] words = seeded(seed).resolve("$randomJobTitle").split(" ");

    assertThat(words).hasSize(3);
    assertThat(words[0]).isIn(FakerJsWords.list("job.descriptor"));
    assertThat(words[1]).isIn(FakerJsWords.list("job.area"));
    assertThat(words[2]).isIn(FakerJsWords.list("job.type"));
  }

  @Property(tries = 50)
  void aBicHasEightOrElevenCharactersAroundACountryCode(@ForAll long seed) {
    DynamicVariables v = seeded(seed);
    for (int i = 0; i < DRAWS; i++) {
      String bic = v.resolve("$randomBankAccountBic");
      assertThat(bic).matches("[A-Z]{3}[AEIOU][A-Z]{2}[A-Z]1([A-Z][AEIOU][A-Z]|\\d{3})?");
      assertThat(bic.substring(4, 6)).isIn(FakerJsWords.list("country.iso3166"));
    }
  }

  @Property(tries = 50)
  void userNamesAndEmailsAreCapitalisedAsFakerJsMakesThem(@ForAll long seed) {
    DynamicVariables v = seeded(seed);
    String name = "[A-Z][A-Za-z\\-]*";
    String user = name + "(\\d{1,2}|[._]" + name + "(\\d{1,2})?)";
    for (int i = 0; i < DRAWS; i++) {
      assertThat(v.resolve("$randomUserName")).matches(user);
      assertThat(v.resolve("$randomEmail")).matches(user + "@(gmail|yahoo|hotmail)\\.com");
      assertThat(v.resolve("$randomExampleEmail")).matches(user + "@example\\.(org|com|net)");
    }
  }

  @Property(tries = 50)
  void hexColoursKeepEachChannelInTheLowerHalf(@ForAll long seed) {
    DynamicVariables v = seeded(seed);
    for (int i = 0; i < DRAWS; i++) {
      String colour = v.resolve("$randomHexColor");
      assertThat(colour).matches("#[0-9a-f]{6}");
      for (int c = 1; c < 7; c += 2) {
        assertThat(Integer.parseInt(colour.substring(c, c + 2), 16)).isBetween(0, 128);
      }
    }
  }

  @Property(tries = 20)
  void theImageDataUriIsPostmansOwn(@ForAll long seed) {
    assertThat(seeded(seed).resolve("$randomImageDataUri")).isEqualTo(POSTMAN_IMAGE_DATA_URI);
  }

  @Example
  void theWordListsAreFakerJs5sNotDatafakers() {
    assertThat(FakerJsWords.list("job.area")).hasSize(37).contains("Solutions", "Metrics");
    assertThat(FakerJsWords.list("job.area")).doesNotContain("Accounting", "Banking");
    assertThat(FakerJsWords.list("product.material"))
        .containsExactly(
            "Steel",
            "Wooden",
            "Concrete",
            "Plastic",
            "Cotton",
            "Granite",
            "Rubber",
            "Metal",
            "Soft",
            "Fresh",
            "Frozen");
    assertThat(FakerJsWords.list("domain.suffix"))
        .containsExactly("com", "biz", "info", "name", "net", "org");
    assertThat(FakerJsWords.list("currency.name"))
        .hasSize(170)
        .contains("Euro", "US Dollar", "Naira")
        .doesNotContain("Dollar");
    assertThat(FakerJsWords.list("product.name")).hasSize(24).contains("Chair", "Keyboard");
  }

  @Example
  void withoutDatafakerTheClosedListsStillResolve() {
    DynamicVariables plain = DynamicVariables.create(new Random(1), CLOCK, false);

    for (String name :
        List.of(
            "$randomJobTitle",
            "$randomProductName",
            "$randomCurrencyName",
            "$randomBankAccountBic",
            "$randomDomainSuffix")) {
      assertThat(plain.resolve(name)).as(name).isNotNull();
    }
    assertThat(plain.resolve("$randomUserName")).isNull();
  }
}
