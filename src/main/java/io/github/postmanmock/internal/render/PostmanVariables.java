package io.github.postmanmock.internal.render;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.Supplier;

/** The eleven generators Postman wrote itself rather than taking from faker (SPEC §3.4). */
final class PostmanVariables {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** Unix and macOS directories that {@code $randomDirectoryPath} picks from. */
  static final List<String> DIRECTORIES =
      List.of(
          "/Applications",
          "/Library",
          "/Network",
          "/System",
          "/Users",
          "/bin",
          "/boot",
          "/dev",
          "/etc",
          "/etc/defaults",
          "/etc/mail",
          "/etc/ppp",
          "/home",
          "/home/user",
          "/home/user/dir",
          "/lib",
          "/lost+found",
          "/media",
          "/mnt",
          "/net",
          "/opt",
          "/opt/bin",
          "/opt/include",
          "/opt/lib",
          "/opt/sbin",
          "/opt/share",
          "/private",
          "/private/tmp",
          "/private/var",
          "/proc",
          "/root",
          "/sbin",
          "/srv",
          "/sys",
          "/tmp",
          "/usr",
          "/usr/bin",
          "/usr/include",
          "/usr/lib",
          "/usr/libexec",
          "/usr/local/bin",
          "/usr/local/src",
          "/usr/sbin",
          "/usr/share",
          "/usr/src",
          "/var",
          "/var/log",
          "/var/mail",
          "/var/spool",
          "/var/tmp");

  private final Random random;
  private final Clock clock;
  private final Words words;

  PostmanVariables(Random random, Clock clock, Words words) {
    this.random = random;
    this.clock = clock;
    this.words = words;
  }

  void registerInto(Map<String, Supplier<String>> into) {
    into.put("$guid", () -> Pick.uuid(random));
    into.put("$timestamp", () -> Long.toString(Math.round(clock.millis() / 1000.0)));
    into.put("$isoTimestamp", () -> ISO_MILLIS.format(clock.instant()));
    into.put("$randomInt", () -> Integer.toString(random.nextInt(1001)));
    into.put("$randomPhoneNumber", this::phoneNumber);
    into.put("$randomPhoneNumberExt", () -> Pick.between(random, 1, 99) + "-" + phoneNumber());
    into.put("$randomLocale", () -> Pick.one(random, LanguageCodes.ALL));
    into.put("$randomWords", this::words);
    into.put("$randomFilePath", () -> directory() + "/" + FileNames.any(random, words));
    into.put("$randomDirectoryPath", this::directory);
    into.put("$randomAvatarImage", this::avatar);
  }

  /** A North American number: area code and exchange start with 2-9, {@code 555-555-5555}. */
  String phoneNumber() {
    return Pick.between(random, 2, 9)
        + Pick.digits(random, 2)
        + "-"
        + Pick.between(random, 2, 9)
        + Pick.digits(random, 2)
        + "-"
        + Pick.digits(random, 4);
  }

  private String words() {
    StringJoiner joined = new StringJoiner(" ");
    int count = Pick.between(random, 2, 5);
    for (int i = 0; i < count; i++) {
      joined.add(words.word());
    }
    return joined.toString();
  }

  private String directory() {
    return Pick.one(random, DIRECTORIES);
  }

  private String avatar() {
    if (random.nextBoolean()) {
      return "https://avatars.githubusercontent.com/u/" + random.nextInt(100_000_000);
    }
    return "https://cloudflare-ipfs.com/ipfs/Qmd3W5DuhgHirLHGVixi6V76LhCkZUz6pnFt5AJBiyvHye/avatar/"
        + random.nextInt(1250)
        + ".jpg";
  }
}
