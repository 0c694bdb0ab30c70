package io.github.postmanmock.internal.render;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Random dates printed the way JavaScript's {@code Date.prototype.toString()} prints them in UTC,
 * which is how Postman's faker dates reach a response body.
 */
final class JsDates {
  private static final DateTimeFormatter JS_TO_STRING =
      DateTimeFormatter.ofPattern(
              "EEE MMM dd uuuu HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final long YEAR_MS = Duration.ofDays(365).toMillis();
  private static final long DAY_MS = Duration.ofDays(1).toMillis();

  private final Random random;
  private final Clock clock;

  JsDates(Random random, Clock clock) {
    this.random = random;
    this.clock = clock;
  }

  /**
   * Format an instant like {@code Tue Mar 05 2024 10:00:00 GMT+0000 (Coordinated Universal Time)}.
   */
  static String format(Instant instant) {
    return JS_TO_STRING.format(instant);
  }

  /** A date within the year before now. */
  String past() {
    return format(clock.instant().minusMillis(1 + nextMillis(YEAR_MS - 1)));
  }

  /** A date within the year after now. */
  String future() {
    return format(clock.instant().plusMillis(1 + nextMillis(YEAR_MS - 1)));
  }

  /** A date within the day before now. */
  String recent() {
    return format(clock.instant().minusMillis(1 + nextMillis(DAY_MS - 1)));
  }

  private long nextMillis(long bound) {
    return (long) (random.nextDouble() * bound);
  }
}
