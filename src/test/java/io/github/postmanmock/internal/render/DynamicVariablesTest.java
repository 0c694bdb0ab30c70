package io.github.postmanmock.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DynamicVariablesTest {
  private static final Instant NOW = Instant.parse("2024-03-05T10:00:00.123456Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final int DRAWS = 200;

  /** SPEC §3.4, written out here independently of the implementation. */
  static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

  static {
    Predicate<String> word = matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'&.\\-/ ]*");
    Predicate<String> singleWord = matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-/]*");
    Predicate<String> text = s -> !s.isBlank();
    Predicate<String> uuidV4 =
        matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    Predicate<String> phone = matches("[2-9]\\d{2}-[2-9]\\d{2}-\\d{4}");
    Predicate<String> jsDate = DynamicVariablesTest::isJsDate;
    Predicate<String> imageUrl = matches("http://placeimg\\.com/640/480(/[a-z]+)?");
    Predicate<String> lorem = matches("[A-Za-z][A-Za-z .,\\-\\n\\r]*");

    SHAPES.put("$guid", uuidV4);
    SHAPES.put("$timestamp", s -> s.equals(Long.toString(NOW.getEpochSecond())));
    SHAPES.put("$isoTimestamp", s -> s.equals("2024-03-05T10:00:00.123Z"));
    SHAPES.put("$randomInt", intBetween(0, 1000));
    SHAPES.put("$randomPhoneNumber", phone);
    SHAPES.put(
        "$randomPhoneNumberExt",
        s ->
            s.indexOf('-') > 0
                && intBetween(1, 99).test(s.substring(0, s.indexOf('-')))
                && phone.test(s.substring(s.indexOf('-') + 1)));
    SHAPES.put("$randomLocale", matches("[a-z]{2,3}"));
    SHAPES.put("$randomWords", s -> s.split(" ").length >= 2 && s.split(" ").length <= 5);
    SHAPES.put("$randomFilePath", matches("/[A-Za-z0-9/+_.\\-]+/[a-z0-9_]+\\.[a-z0-9]+"));
    SHAPES.put("$randomDirectoryPath", matches("(/[A-Za-z0-9+_.\\-]+)+"));
    SHAPES.put(
        "$randomAvatarImage",
        matches(
            "https://avatars\\.githubusercontent\\.com/u/\\d+"
                + "|https://cloudflare-ipfs\\.com/ipfs/\\w+/avatar/\\d+\\.jpg"));
    SHAPES.put("$randomCity", word);
    SHAPES.put("$randomStreetName", word);
    SHAPES.put("$randomStreetAddress", matches("\\d+ .+"));
    SHAPES.put("$randomCountry", word.or(matches(".*\\p{L}.*")));
    SHAPES.put("$randomCountryCode", s -> Set.of(Locale.getISOCountries()).contains(s));
    SHAPES.put("$randomLatitude", decimalBetween(-90, 90, 4));
    SHAPES.put("$randomLongitude", decimalBetween(-180, 180, 4));
    SHAPES.put("$randomColor", word);
    SHAPES.put("$randomDepartment", word);
    SHAPES.put("$randomProductName", s -> s.split(" ").length >= 3);
    SHAPES.put("$randomProductAdjective", word);
    SHAPES.put("$randomProductMaterial", word);
    SHAPES.put("$randomProduct", word);
    SHAPES.put("$randomCompanyName", text);
    SHAPES.put("$randomCompanySuffix", word);
    SHAPES.put("$randomCatchPhrase", s -> s.split(" ").length >= 3);
    SHAPES.put("$randomBs", s -> s.split(" ").length >= 3);
    SHAPES.put("$randomCatchPhraseAdjective", word);
    SHAPES.put("$randomCatchPhraseDescriptor", word);
    SHAPES.put("$randomCatchPhraseNoun", word);
    SHAPES.put("$randomBsAdjective", word);
    SHAPES.put("$randomBsBuzz", word);
    SHAPES.put("$randomBsNoun", word);
    SHAPES.put("$randomDatabaseColumn", matches("[A-Za-z]+"));
    SHAPES.put("$randomDatabaseType", matches("[a-z]+"));
    SHAPES.put("$randomDatabaseCollation", matches("[a-z0-9]+_[a-z_]+"));
    SHAPES.put("$randomDatabaseEngine", matches("[A-Za-z]+"));
    SHAPES.put("$randomDatePast", jsDate.and(s -> parseJsDate(s).isBefore(NOW)));
    SHAPES.put("$randomDateFuture", jsDate.and(s -> parseJsDate(s).isAfter(NOW)));
    SHAPES.put(
        "$randomDateRecent",
        jsDate
            .and(s -> parseJsDate(s).isBefore(NOW))
            .and(s -> parseJsDate(s).isAfter(NOW.minus(Duration.ofDays(1).plusSeconds(1)))));
    SHAPES.put(
        "$randomMonth",
        matches(
            "January|February|March|April|May|June|July|August|September|October"
                + "|November|December"));
    SHAPES.put(
        "$randomWeekday", matches("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"));
    SHAPES.put("$randomBankAccount", matches("\\d{8}"));
    SHAPES.put("$randomBankAccountName", matches("[A-Za-z ]+ Account"));
    SHAPES.put("$randomCreditCardMask", matches("\\d{4}"));
    SHAPES.put("$randomPrice", decimalBetween(0, 1000, 2));
    SHAPES.put("$randomTransactionType", matches("deposit|withdrawal|payment|invoice"));
    SHAPES.put("$randomCurrencyCode", matches("[A-Z]{3}"));
    SHAPES.put("$randomCurrencyName", text);
    SHAPES.put(
        "$randomCurrencySymbol",
        s -> s.equals("CHF") || (!s.isBlank() && s.length() <= 3 && !s.matches("[A-Z]{3}")));
    SHAPES.put("$randomBitcoin", matches("[13][1-9A-HJ-NP-Za-km-z]{25,33}"));
    SHAPES.put("$randomBankAccountIban", matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}"));
    SHAPES.put(
        "$randomBankAccountBic",
        matches("[A-Z]{3}[AEIOU][A-Z]{2}[A-Z]1([A-Z][AEIOU][A-Z]|\\d{3})?"));
    SHAPES.put("$randomAbbreviation", matches("[A-Z0-9]{2,5}"));
    SHAPES.put("$randomAdjective", word);
    SHAPES.put("$randomNoun", word);
    SHAPES.put("$randomVerb", word);
    SHAPES.put("$randomIngverb", matches("[a-z\\-]+ing( [a-z]+)?"));
    SHAPES.put(
        "$randomPhrase", s -> s.split(" ").length >= 4 && Character.isUpperCase(s.charAt(0)));
    SHAPES.put("$randomImageUrl", imageUrl);
    for (String category :
        List.of(
            "Abstract",
            "Animals",
            "Business",
            "Cats",
            "City",
            "Food",
            "Nightlife",
            "Fashion",
            "People",
            "Nature",
            "Sports",
            "Transport")) {
      SHAPES.put(
          "$random" + category + "Image",
          imageUrl.and(s -> s.endsWith("/" + category.toLowerCase(Locale.ROOT))));
    }
    SHAPES.put("$randomImageDataUri", DynamicVariablesTest::isSvgDataUri);
    SHAPES.put("$randomEmail", userName("@(gmail|yahoo|hotmail)\\.com"));
    SHAPES.put("$randomExampleEmail", userName("@example\\.(com|net|org)"));
    SHAPES.put("$randomUserName", userName(""));
    SHAPES.put("$randomProtocol", matches("https?"));
    SHAPES.put("$randomUrl", DynamicVariablesTest::isHttpUrl);
    SHAPES.put("$randomDomainName", matches("[a-z0-9\\-]+(\\.[a-z0-9\\-]+)+"));
    SHAPES.put("$randomDomainSuffix", matches("com|biz|info|name|net|org"));
    SHAPES.put("$randomDomainWord", matches("[a-z0-9\\-]+"));
    SHAPES.put("$randomIP", DynamicVariablesTest::isIpv4);
    SHAPES.put("$randomIPV6", matches("[0-9a-f]{4}(:[0-9a-f]{4}){7}").and(s -> parsesAsIp(s)));
    SHAPES.put("$randomUserAgent", matches(".*\\S+/\\S+.*"));
    SHAPES.put("$randomHexColor", matches("#([0-7][0-9a-f]|80){3}"));
    SHAPES.put("$randomMACAddress", matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}"));
    SHAPES.put("$randomPassword", matches("[A-Za-z0-9]{15}"));
    SHAPES.put("$randomLoremWord", matches("[a-z]+"));
    SHAPES.put("$randomLoremWords", matches("[a-z]+( [a-z]+){2}"));
    SHAPES.put("$randomLoremSentence", matches("[A-Z][a-z]*( [a-z]+){2,9}\\."));
    SHAPES.put("$randomLoremSlug", matches("[a-z]+(-[a-z]+){2}"));
    SHAPES.put("$randomLoremSentences", s -> sentenceCount(s) >= 2 && sentenceCount(s) <= 6);
    SHAPES.put("$randomLoremParagraph", s -> sentenceCount(s) == 3 && !s.contains("\n"));
    SHAPES.put("$randomLoremParagraphs", s -> s.split("\n \r").length == 3);
    SHAPES.put("$randomLoremText", lorem);
    SHAPES.put("$randomLoremLines", s -> s.split("\n").length >= 1 && s.split("\n").length <= 5);
    SHAPES.put("$randomFirstName", word);
    SHAPES.put("$randomLastName", word);
    SHAPES.put("$randomFullName", s -> s.split(" ").length >= 2);
    SHAPES.put("$randomJobTitle", s -> s.split(" ").length >= 3);
    SHAPES.put("$randomNamePrefix", matches("[A-Z][A-Za-z]*\\.?"));
    SHAPES.put("$randomNameSuffix", matches("[A-Z][A-Za-z]*\\.?"));
    SHAPES.put("$randomJobDescriptor", word);
    SHAPES.put("$randomJobArea", word);
    SHAPES.put("$randomJobType", word);
    SHAPES.put("$randomUUID", uuidV4);
    SHAPES.put("$randomBoolean", matches("true|false"));
    SHAPES.put("$randomWord", singleWord);
    SHAPES.put("$randomAlphaNumeric", matches("[a-z0-9]"));
    SHAPES.put("$randomFileName", matches("[a-z0-9_]+\\.[a-z0-9]+"));
    SHAPES.put(
        "$randomCommonFileName", matches("[a-z0-9_]+\\.(pdf|mpga|wav|png|jpeg|gif|mp4|mpeg|html)"));
    SHAPES.put("$randomMimeType", matches("[a-z]+/[a-z0-9.+\\-]+"));
    SHAPES.put("$randomCommonFileType", matches("video|audio|image|text|application"));
    SHAPES.put("$randomCommonFileExt", matches("pdf|mpga|wav|png|jpeg|gif|mp4|mpeg|html"));
    SHAPES.put("$randomFileType", matches("[a-z]+"));
    SHAPES.put("$randomFileExt", matches("[a-z0-9]+"));
    SHAPES.put("$randomSemver", matches("\\d\\.\\d\\.\\d"));
  }

  private final DynamicVariables variables = DynamicVariables.create(42L, CLOCK);

  @Test
  void specListsExactly118Names() {
    assertThat(SHAPES).hasSize(118);
  }

  @Test
  void knowsExactlyTheNamesOfTheSpec() {
    assertThat(variables.names()).containsExactlyInAnyOrderElementsOf(SHAPES.keySet());
  }

  static Stream<Arguments> everyName() {
    return SHAPES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyName")
  void everyDrawHasTheDocumentedShape(String name, Predicate<String> shape) {
    for (int i = 0; i < DRAWS; i++) {
      String value = variables.resolve(name);
      assertThat(value)
          .as("draw %s of %s", i, name)
          .isNotNull()
          .matches(shape, "the shape SPEC gives " + name);
    }
  }

  @Nested
  class Randomness {
    @Test
    void twoOccurrencesOfGuidDiffer() {
      assertThat(variables.resolve("$guid")).isNotEqualTo(variables.resolve("$guid"));
    }

    @Test
    void randomIntCoversItsWholeRangeInclusive() {
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < 50_000; i++) {
        seen.add(Integer.parseInt(variables.resolve("$randomInt")));
      }
      assertThat(seen).contains(0, 1000).allMatch(n -> n >= 0 && n <= 1000);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$randomWords", "$randomPrice", "$randomCity", "$randomLocale"})
    void valuesVaryBetweenDraws(String name) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < 50; i++) {
        seen.add(variables.resolve(name));
      }
      assertThat(seen).hasSizeGreaterThan(5);
    }

    @Test
    void sameSeedGivesTheSameSequence() {
      assertThat(drawAll(DynamicVariables.create(7L, CLOCK)))
          .isEqualTo(drawAll(DynamicVariables.create(7L, CLOCK)));
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
      assertThat(drawAll(DynamicVariables.create(7L, CLOCK)))
          .isNotEqualTo(drawAll(DynamicVariables.create(8L, CLOCK)));
    }

    @Test
    void concurrentCallersEachGetAWellFormedDistinctGuid() {
      Set<String> guids = ConcurrentHashMap.newKeySet();
      IntStream.range(0, 2_000).parallel().forEach(i -> guids.add(variables.resolve("$guid")));
      assertThat(guids).hasSize(2_000).allMatch(SHAPES.get("$guid"));
    }

    private List<String> drawAll(DynamicVariables dv) {
      List<String> out = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        SHAPES.keySet().forEach(name -> out.add(dv.resolve(name)));
      }
      return out;
    }
  }

  @Nested
  class Clocks {
    @Test
    void timestampRoundsToTheNearestSecond() {
      Clock late = Clock.fixed(Instant.parse("2024-03-05T10:00:00.500Z"), ZoneOffset.UTC);
      Clock early = Clock.fixed(Instant.parse("2024-03-05T10:00:00.499Z"), ZoneOffset.UTC);
      long second = Instant.parse("2024-03-05T10:00:00Z").getEpochSecond();
      assertThat(DynamicVariables.create(1L, late).resolve("$timestamp"))
          .isEqualTo(Long.toString(second + 1));
      assertThat(DynamicVariables.create(1L, early).resolve("$timestamp"))
          .isEqualTo(Long.toString(second));
    }

    @Test
    void isoTimestampAlwaysHasThreeFractionDigits() {
      Clock whole = Clock.fixed(Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC);
      assertThat(DynamicVariables.create(1L, whole).resolve("$isoTimestamp"))
          .isEqualTo("2024-03-05T10:00:00.000Z");
    }

    @Test
    void systemClockTimestampIsNowInSeconds() {
      long value = Long.parseLong(DynamicVariables.create().resolve("$timestamp"));
      assertThat(value).isCloseTo(Instant.now().getEpochSecond(), offset(5L));
    }

    @Test
    void jsDateFormatMatchesJavascriptToString() {
      assertThat(JsDates.format(Instant.parse("2024-03-05T10:00:00Z")))
          .isEqualTo("Tue Mar 05 2024 10:00:00 GMT+0000 (Coordinated Universal Time)");
    }
  }

  @Nested
  class UnknownNames {
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"$nope", "$GUID", "guid", "$guid ", "", "$"})
    void resolveToNull(String name) {
      assertThat(variables.resolve(name)).isNull();
      assertThat(variables.knows(name)).isFalse();
    }
  }

  @Nested
  class WithoutDatafaker {
    private final DynamicVariables plain = DynamicVariables.create(new Random(3), CLOCK, false);

    @Test
    void postmanMadeVariablesStillResolve() {
      for (String name :
          List.of(
              "$guid",
              "$timestamp",
              "$isoTimestamp",
              "$randomInt",
              "$randomPhoneNumber",
              "$randomPhoneNumberExt",
              "$randomLocale",
              "$randomWords",
              "$randomFilePath",
              "$randomDirectoryPath",
              "$randomAvatarImage")) {
        assertThat(plain.resolve(name)).as(name).isNotNull().matches(SHAPES.get(name));
      }
    }

    @Test
    void everyResolvedNameStillHasItsShape() {
      for (String name : plain.names()) {
        assertThat(plain.resolve(name)).as(name).matches(SHAPES.get(name));
      }
    }

    @Test
    void wordListVariablesStayUnknownSoTheirTokensStayVerbatim() {
      assertThat(plain.resolve("$randomFirstName")).isNull();
      assertThat(plain.knows("$randomCity")).isFalse();
      assertThat(SHAPES.keySet()).containsAll(plain.names());
      assertThat(plain.names()).hasSizeGreaterThan(50).hasSizeLessThan(118);
    }
  }

  @Nested
  class WhenDatafakerIsMissingFromTheClassPath {
    @Test
    void loadsAndResolvesWithoutLinkageErrors() throws Exception {
      URL classes = DynamicVariables.class.getProtectionDomain().getCodeSource().getLocation();
      try (HidingDatafaker loader = new HidingDatafaker(classes)) {
        // given a copy of our classes that cannot see net.datafaker
        Class<?> type = loader.loadClass(DynamicVariables.class.getName());
        assertThat(type.getClassLoader()).isSameAs(loader);
        // when
        Object isolated = type.getMethod("create", long.class).invoke(null, 5L);
        Method resolve = type.getMethod("resolve", String.class);
        // then
        assertThat((String) resolve.invoke(isolated, "$guid")).matches(SHAPES.get("$guid"));
        assertThat((String) resolve.invoke(isolated, "$randomIP")).matches(SHAPES.get("$randomIP"));
        assertThat(resolve.invoke(isolated, "$randomCity")).isNull();
      }
    }

    @Test
    void saysDatafakerIsMissingOnlyWhenAResponseUsesAWordListVariable() throws Exception {
      URL classes = DynamicVariables.class.getProtectionDomain().getCodeSource().getLocation();
      List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
      java.util.logging.Logger log =
          java.util.logging.Logger.getLogger(DynamicVariables.class.getName());
      java.util.logging.Handler capture =
          new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
              logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          };
      log.addHandler(capture);
      try (HidingDatafaker loader = new HidingDatafaker(classes)) {
        Class<?> type = loader.loadClass(DynamicVariables.class.getName());
        Object isolated = type.getMethod("create", long.class).invoke(null, 5L);
        Method resolve = type.getMethod("resolve", String.class);

        resolve.invoke(isolated, "$guid");
        resolve.invoke(isolated, "$randomInt");
        assertThat(logged).as("a mock whose responses use no word list").isEmpty();

        resolve.invoke(isolated, "$randomFirstName");
        resolve.invoke(isolated, "$randomCity");
        assertThat(logged)
            .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
            .contains("Datafaker is not on the class path")
            .contains("{{$randomFirstName}}");
      } finally {
        log.removeHandler(capture);
      }
    }
  }

  /**
   * Loads our own classes afresh and refuses every Datafaker class, as a user's class path would.
   */
  private static final class HidingDatafaker extends URLClassLoader {
    HidingDatafaker(URL classes) {
      super(new URL[] {classes}, DynamicVariablesTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("net.datafaker.")) {
        throw new ClassNotFoundException(name);
      }
      if (!name.startsWith("io.github.postmanmock.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }

  private static Predicate<String> matches(String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.DOTALL);
    return s -> pattern.matcher(s).matches();
  }

  private static Predicate<String> intBetween(int min, int max) {
    return s -> s.matches("\\d+") && Integer.parseInt(s) >= min && Integer.parseInt(s) <= max;
  }

  private static Predicate<String> decimalBetween(int min, int max, int scale) {
    return matches("-?\\d+\\.\\d{" + scale + "}")
        .and(s -> Double.parseDouble(s) >= min && Double.parseDouble(s) <= max);
  }

  private static final DateTimeFormatter JS_DATE =
      DateTimeFormatter.ofPattern(
          "EEE MMM dd yyyy HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'", Locale.ENGLISH);

  private static boolean isJsDate(String s) {
    try {
      parseJsDate(s);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Instant parseJsDate(String s) {
    return LocalDateTime.parse(s, JS_DATE).toInstant(ZoneOffset.UTC);
  }

  /**
   * A faker.js user name, {@code Kyleigh61}, {@code Kyleigh.Pouros} or {@code Kyleigh_Pouros61}:
   * capitalised names (a name may hold a capital inside, {@code McDermott}), then {@code after}.
   */
  private static Predicate<String> userName(String after) {
    String name = "[A-Z][A-Za-z\\-]*";
    return matches(name + "(\\d{1,2}|[._]" + name + "(\\d{1,2})?)" + after);
  }

  private static boolean isSvgDataUri(String s) {
    String prefix = "data:image/svg+xml;charset=UTF-8,";
    return s.startsWith(prefix)
        && URLDecoder.decode(s.substring(prefix.length()), StandardCharsets.UTF_8)
            .matches("<svg .*</svg>");
  }

  private static boolean isHttpUrl(String s) {
    URI uri = URI.create(s);
    return (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        && uri.getHost() != null
        && uri.getHost().contains(".");
  }

  private static boolean isIpv4(String s) {
    String[] octets = s.split("\\.", -1);
    return octets.length == 4 && Stream.of(octets).allMatch(intBetween(0, 255));
  }

  private static boolean parsesAsIp(String s) {
    try {
      return InetAddress.getByName(s) != null;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static int sentenceCount(String s) {
    return s.split("(?<=\\.) ").length;
  }
}
