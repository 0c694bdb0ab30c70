package io.github.postmanmock.standalone;

import io.github.postmanmock.MockServerBuilder;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed command line: {@code serve COLLECTION [options]}, {@code --help} or {@code --version}.
 * Options take their value as the next word or after {@code =} ({@code --port=3000}); they are the
 * {@link ServeFlags} and {@link ProcessFlags}, read by {@link ServeWords}.
 *
 * @param command what to do
 * @param collection the collection file to serve; {@code null} unless {@code serve}
 * @param given the values of the flags given, in the order given
 */
record Arguments(Command command, Path collection, Map<ServeFlag<?>, List<Object>> given) {

  /** What the command line asks for. */
  enum Command {
    SERVE,
    HELP,
    VERSION
  }

  /**
   * How HTTPS is served.
   *
   * @param on whether to serve HTTPS ({@code --https}, or implied by {@code --keystore})
   * @param keyStore the PKCS12 key store to serve with instead of the generated certificate
   * @param keyStorePassword its password, empty when none was given
   * @param printCertificate whether to print the certificate's PEM text in the banner
   */
  record Https(
      boolean on, Optional<Path> keyStore, String keyStorePassword, boolean printCertificate) {
    static final Https OFF = new Https(false, Optional.empty(), "", false);
  }

  Arguments {
    Map<ServeFlag<?>, List<Object>> copy = new LinkedHashMap<>();
    given.forEach((flag, values) -> copy.put(flag, List.copyOf(values)));
    given = Collections.unmodifiableMap(copy);
  }

  static Arguments parse(String... args) {
    if (args.length == 0) {
      throw new UsageException("No command given; expected [serve COLLECTION]");
    }
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return new Arguments(Command.HELP, null, Map.of());
      }
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return new Arguments(Command.VERSION, null, Map.of());
    }
    if (!args[0].equals("serve")) {
      throw new UsageException("Unknown command [" + args[0] + "]; expected [serve COLLECTION]");
    }
    return new ServeWords(args).read();
  }

  /** Every value given for {@code flag}, in order. */
  <T> List<T> values(ServeFlag<T> flag) {
    @SuppressWarnings("unchecked") // put by ServeWords under the flag that read them
    List<T> values = (List<T>) given.getOrDefault(flag, List.of());
    return values;
  }

  /** The last value given for {@code flag}, else its fallback; empty when it has none. */
  <T> Optional<T> value(ServeFlag<T> flag) {
    List<T> values = values(flag);
    return values.isEmpty()
        ? Optional.ofNullable(flag.fallback())
        : Optional.of(values.get(values.size() - 1));
  }

  /** Whether switch {@code flag} was given. */
  boolean isOn(ServeFlag<Boolean> flag) {
    return value(flag).orElse(false);
  }

  /** Apply every flag that maps onto the server builder, given or by its fallback. */
  void applyTo(MockServerBuilder builder) {
    ServeFlags.ALL.forEach(flag -> applyTo(builder, flag));
  }

  private <T> void applyTo(MockServerBuilder builder, ServeFlag<T> flag) {
    List<T> values = values(flag);
    if (values.isEmpty()) {
      value(flag).ifPresent(v -> flag.applyTo(builder, v));
    }
    values.forEach(v -> flag.applyTo(builder, v));
  }

  /** How HTTPS is served: {@code --https}, or a key store, which implies it. */
  Https https() {
    Optional<Path> keyStore = value(ProcessFlags.KEYSTORE);
    return new Https(
        isOn(ProcessFlags.HTTPS) || keyStore.isPresent(),
        keyStore,
        value(ProcessFlags.KEYSTORE_PASSWORD).orElse(""),
        isOn(ProcessFlags.PRINT_CERTIFICATE));
  }

  /** The JDK server limits given, by property name without {@code sun.net.httpserver.}. */
  Map<String, Long> serverLimits() {
    Map<String, Long> limits = new LinkedHashMap<>();
    ProcessFlags.SERVER_LIMITS.forEach(
        (key, flag) -> value(flag).ifPresent(v -> limits.put(key, v)));
    return limits;
  }
}
