package io.github.postmanmock.standalone;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The parsed command line: {@code serve COLLECTION [options]}, {@code --help} or {@code --version}.
 * Options take their value as the next word or after {@code =} ({@code --port=3000}).
 *
 * @param command what to do
 * @param collection the collection file to serve
 * @param environment the environment file, if any
 * @param host the address to bind
 * @param port the port, 0 for a free one
 * @param apiKeys the accepted {@code x-api-key} values; empty for a public mock
 * @param delay the delay before each response, or empty for none
 * @param cors the CORS mode, or empty for the server's default ({@link CorsMode#AUTO})
 * @param watch whether to reload the files when they change
 * @param adminPrefix the path prefix of the call log, its page and the health check
 * @param maxBodyBytes the largest request body accepted, longer ones are answered 413; -1 for no
 *     limit
 * @param maxCalls how many calls the call log keeps, the newest
 * @param maxLogBytes how many bytes of heap the call log keeps, or empty for the default
 * @param maxLogBodyBytes how many bytes of each body the call log keeps, or empty for the default
 * @param https whether and how to serve HTTPS
 * @param allowedHosts more {@code Host} names the admin endpoints answer (see {@code
 *     MockServerBuilder.allowedHosts})
 * @param serverLimits JDK server limits to set before the server starts, by property name without
 *     its {@code sun.net.httpserver.} prefix (see docs/reliability.md)
 */
record Arguments(
    Command command,
    Path collection,
    Optional<Path> environment,
    String host,
    int port,
    List<String> apiKeys,
    Optional<Delay> delay,
    Optional<CorsMode> cors,
    boolean watch,
    String adminPrefix,
    long maxBodyBytes,
    int maxCalls,
    OptionalLong maxLogBytes,
    OptionalInt maxLogBodyBytes,
    Https https,
    List<String> allowedHosts,
    Map<String, Long> serverLimits) {

  static final int DEFAULT_PORT = 3000;

  /** Postman's cloud mock refuses request bodies past 1 MB (SPEC §4). */
  static final long DEFAULT_MAX_BODY = 1024 * 1024;

  static final int DEFAULT_MAX_CALLS = 10_000;
  static final List<String> CORS_MODES = List.of("auto", "examples-only", "off");

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

  /** What the command line asks for. */
  enum Command {
    SERVE,
    HELP,
    VERSION
  }

  /** A command line that cannot be run; the message is one line for the user. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static Arguments parse(String... args) {
    if (args.length == 0) {
      throw new UsageException("No command given; expected [serve COLLECTION]");
    }
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return only(Command.HELP);
      }
    }
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return only(Command.VERSION);
    }
    if (!args[0].equals("serve")) {
      throw new UsageException("Unknown command [" + args[0] + "]; expected [serve COLLECTION]");
    }
    return new Parser(args).serve();
  }

  private static Arguments only(Command command) {
    return new Arguments(
        command,
        null,
        Optional.empty(),
        "",
        0,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        "",
        DEFAULT_MAX_BODY,
        DEFAULT_MAX_CALLS,
        OptionalLong.empty(),
        OptionalInt.empty(),
        Https.OFF,
        List.of(),
        Map.of());
  }

  /** Walks the words after {@code serve}. */
  private static final class Parser {
    private final String[] args;
    private int next = 1;
    private Path collection;
    private Path environment;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private final List<String> apiKeys = new ArrayList<>();
    private Delay delay;
    private CorsMode cors;
    private boolean watch;
    private String adminPrefix = "/__mock";
    private long maxBodyBytes = DEFAULT_MAX_BODY;
    private int maxCalls = DEFAULT_MAX_CALLS;
    private final List<String> allowedHosts = new ArrayList<>();
    private final Map<String, Long> serverLimits = new LinkedHashMap<>();
    private OptionalLong maxLogBytes = OptionalLong.empty();
    private OptionalInt maxLogBodyBytes = OptionalInt.empty();
    private boolean https;
    private Path keyStore;
    private String keyStorePassword;
    private boolean printCertificate;

    Parser(String[] args) {
      this.args = args;
    }

    Arguments serve() {
      while (next < args.length) {
        String word = args[next++];
        if (word.startsWith("-")) {
          option(word);
        } else if (collection == null) {
          collection = Path.of(word);
        } else {
          throw new UsageException(
              "Unexpected argument [" + word + "]; serve takes one collection file");
        }
      }
      if (collection == null) {
        throw new UsageException("Missing the collection file: serve COLLECTION");
      }
      if (keyStorePassword != null && keyStore == null) {
        throw new UsageException("Option [--keystore-password] needs [--keystore FILE]");
      }
      if (printCertificate && !https && keyStore == null) {
        throw new UsageException("Option [--print-certificate] needs [--https]");
      }
      return new Arguments(
          Command.SERVE,
          collection,
          Optional.ofNullable(environment),
          host,
          port,
          List.copyOf(apiKeys),
          Optional.ofNullable(delay),
          Optional.ofNullable(cors),
          watch,
          adminPrefix,
          maxBodyBytes,
          maxCalls,
          maxLogBytes,
          maxLogBodyBytes,
          new Https(
              https || keyStore != null,
              Optional.ofNullable(keyStore),
              keyStorePassword == null ? "" : keyStorePassword,
              printCertificate),
          List.copyOf(allowedHosts),
          Map.copyOf(serverLimits));
    }

    private void option(String word) {
      int eq = word.indexOf('=');
      String name = eq < 0 ? word : word.substring(0, eq);
      String inline = eq < 0 ? null : word.substring(eq + 1);
      switch (name) {
        case "--environment", "-e" -> environment = Path.of(value(name, inline));
        case "--port", "-p" -> port = check(name, number(name, value(name, inline)), b -> b::port);
        case "--host" -> host = check(name, value(name, inline), b -> b::host);
        case "--api-key" -> apiKeys.add(check(name, value(name, inline), b -> b::apiKey));
        case "--delay" -> delay = delay(name, value(name, inline));
        case "--cors" -> cors = cors(value(name, inline));
        case "--admin-prefix" ->
            adminPrefix = check(name, value(name, inline), b -> b::adminEndpoints);
        case "--max-body" ->
            maxBodyBytes = check(name, number(name, value(name, inline)), b -> b::maxBodyBytes);
        case "--max-calls" ->
            maxCalls = check(name, number(name, value(name, inline)), b -> b::maxRecordedCalls);
        case "--max-log-bytes" ->
            maxLogBytes =
                OptionalLong.of(
                    check(name, longNumber(name, value(name, inline)), b -> b::maxRecordedBytes));
        case "--max-log-body-bytes" ->
            maxLogBodyBytes =
                OptionalInt.of(
                    check(name, number(name, value(name, inline)), b -> b::maxRecordedBodyBytes));
        case "--watch", "-w" -> watch = flag("--watch", inline);
        case "--https" -> https = flag(name, inline);
        case "--keystore" -> keyStore = Path.of(value(name, inline));
        case "--keystore-password" -> keyStorePassword = value(name, inline);
        case "--print-certificate" -> printCertificate = flag(name, inline);
        case "--allow-host" -> allowedHosts.add(value(name, inline));
        case "--max-request-seconds" -> limit("maxReqTime", name, inline);
        case "--max-response-seconds" -> limit("maxRspTime", name, inline);
        case "--idle-seconds" -> limit("idleInterval", name, inline);
        case "--max-idle-connections" -> limit("maxIdleConnections", name, inline);
        default -> throw new UsageException("Unknown option [" + name + "]");
      }
    }

    private void limit(String property, String name, String inline) {
      int n = number(name, value(name, inline));
      if (n < 1) {
        throw new UsageException("Option [" + name + "] needs a number of at least 1 but was " + n);
      }
      serverLimits.put(property, (long) n);
    }

    private static boolean flag(String name, String inline) {
      if (inline != null) {
        throw new UsageException(
            "Option [" + name + "] takes no value but was given [" + inline + "]");
      }
      return true;
    }

    private String value(String name, String inline) {
      if (inline != null) {
        return inline;
      }
      if (next >= args.length || args[next].startsWith("--")) {
        throw new UsageException("Option [" + name + "] needs a value");
      }
      return args[next++];
    }

    /**
     * Check {@code value} the way the server builder does, which is the one place an option is
     * validated; its message becomes the usage error of option {@code name}.
     */
    private static <T> T check(
        String name, T value, Function<MockServerBuilder, Consumer<T>> option) {
      try {
        option.apply(MockServer.builder()).accept(value);
        return value;
      } catch (IllegalArgumentException e) {
        throw new UsageException("Option [" + name + "]: " + e.getMessage());
      }
    }

    private static Delay delay(String name, String text) {
      try {
        return Delay.parse(text);
      } catch (IllegalArgumentException e) {
        throw new UsageException("Option [" + name + "]: " + e.getMessage());
      }
    }

    private static int number(String name, String text) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new UsageException("Option [" + name + "] needs a number but was [" + text + "]");
      }
    }

    private static long longNumber(String name, String text) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new UsageException("Option [" + name + "] needs a number but was [" + text + "]");
      }
    }

    private static CorsMode cors(String text) {
      String mode = text.toLowerCase(Locale.ROOT).replace('_', '-');
      if (!CORS_MODES.contains(mode)) {
        throw new UsageException(
            "Option [--cors] must be one of " + CORS_MODES + " but was [" + text + "]");
      }
      return CorsMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
