package io.github.postmanmock.internal.render;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The faker-named variables whose values are only random numbers, characters or dates, generated
 * here so that they work without Datafaker (network, finance, data types, dates).
 */
final class RandomVariables {
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String HEX = "0123456789abcdef";
  private static final List<String> ACCOUNT_TYPES =
      List.of(
          "Checking",
          "Savings",
          "Money Market",
          "Investment",
          "Home Loan",
          "Credit Card",
          "Auto Loan",
          "Personal Loan");
  private static final List<String> CURRENCY_SYMBOLS =
      List.of(
          "$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₪", "₫", "฿", "₴", "₦", "₱", "R$", "kr", "zł",
          "Kč", "CHF", "Ft", "lei", "₡", "₲", "₵", "₭", "₮", "₸", "лв", "﷼", "R");
  private static final List<String> COUNTRY_CODES = List.of(Locale.getISOCountries());

  private final Random random;
  private final JsDates dates;
  private final Words words;

  RandomVariables(Random random, Clock clock, Words words) {
    this.random = random;
    this.dates = new JsDates(random, clock);
    this.words = words;
  }

  void registerInto(Map<String, Supplier<String>> into) {
    into.put("$randomCountry", () -> country(random));
    into.put("$randomCountryCode", () -> Pick.one(random, COUNTRY_CODES));
    into.put("$randomLatitude", () -> decimal(-90, 90, 4));
    into.put("$randomLongitude", () -> decimal(-180, 180, 4));
    into.put("$randomBankAccount", () -> Pick.digits(random, 8));
    into.put("$randomBankAccountName", () -> Pick.one(random, ACCOUNT_TYPES) + " Account");
    into.put("$randomCreditCardMask", () -> Pick.digits(random, 4));
    into.put("$randomPrice", () -> decimal(0, 1000, 2));
    into.put(
        "$randomTransactionType",
        () -> Pick.one(random, List.of("deposit", "withdrawal", "payment", "invoice")));
    into.put("$randomCurrencySymbol", () -> Pick.one(random, CURRENCY_SYMBOLS));
    into.put("$randomBitcoin", this::bitcoinAddress);
    into.put("$randomDatePast", dates::past);
    into.put("$randomDateFuture", dates::future);
    into.put("$randomDateRecent", dates::recent);
    into.put(
        "$randomMonth",
        () ->
            Pick.one(random, List.of(Month.values()))
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    into.put(
        "$randomWeekday",
        () ->
            Pick.one(random, List.of(DayOfWeek.values()))
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    into.put("$randomProtocol", () -> random.nextBoolean() ? "https" : "http");
    into.put("$randomIP", this::ipv4);
    into.put("$randomIPV6", () -> groups(8, 4, ":"));
    into.put("$randomHexColor", this::hexColor);
    into.put("$randomMACAddress", () -> groups(6, 2, ":"));
    into.put("$randomPassword", () -> Pick.chars(random, ALPHANUMERIC, 15));
    into.put("$randomUUID", () -> Pick.uuid(random));
    into.put("$randomBoolean", () -> Boolean.toString(random.nextBoolean()));
    into.put("$randomAlphaNumeric", () -> Pick.chars(random, HEX + "ghijklmnopqrstuvwxyz", 1));
    into.put(
        "$randomSemver",
        () -> random.nextInt(10) + "." + random.nextInt(10) + "." + random.nextInt(10));
    new MediaVariables(random, words).registerInto(into);
  }

  /** An English country name from the JDK's ISO 3166 data. */
  static String country(Random random) {
    return new Locale("", Pick.one(random, COUNTRY_CODES)).getDisplayCountry(Locale.ENGLISH);
  }

  private String decimal(int min, int max, int scale) {
    long unit = (long) Math.pow(10, scale);
    long span = (long) (max - min) * unit;
    long value = (long) min * unit + (long) (random.nextDouble() * (span + 1));
    return BigDecimal.valueOf(value, scale).toPlainString();
  }

  private String ipv4() {
    return random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + random.nextInt(256);
  }

  private String groups(int count, int width, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : separator).append(Pick.chars(random, HEX, width));
    }
    return out.toString();
  }

  /** As faker.js: each channel the half of a draw from 0 to 256, so {@code 00} to {@code 80}. */
  private String hexColor() {
    StringBuilder out = new StringBuilder("#");
    for (int channel = 0; channel < 3; channel++) {
      out.append(String.format("%02x", random.nextInt(257) / 2));
    }
    return out.toString();
  }

  private String bitcoinAddress() {
    return (random.nextBoolean() ? "1" : "3")
        + Pick.chars(random, BASE58, Pick.between(random, 25, 33));
  }
}
