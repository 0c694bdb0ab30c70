package io.github.postmanmock.standalone;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code record --target URL --out FILE [--port N] [--host HOST] [--ids-as-variables]
 * [--without-header NAME]}: a mock that forwards every call to the target and, when it stops, adds
 * each exchange as an example to the collection file (see {@code docs/recording.md}).
 *
 * @param target the base URL of the real service
 * @param out the collection file the examples go to
 * @param host the address to bind
 * @param port the port, 0 for a free one
 * @param idVariables whether ID-like path segments are saved as {@code {{id}}}
 * @param withoutHeaders more header names never saved
 */
record RecordCommand(
    URI target, Path out, String host, int port, boolean idVariables, List<String> withoutHeaders) {

  static final String NAME = "record";
  private static final List<String> OPTIONS =
      List.of("--target", "-t", "--out", "-o", "--host", "--port", "-p", "--without-header");

  /** Parse the words after {@code record}. */
  static RecordCommand parse(String... args) {
    URI target = null;
    Path out = null;
    String host = "127.0.0.1";
    int port = ServeFlags.DEFAULT_PORT;
    boolean ids = false;
    List<String> without = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String word = args[i];
      int eq = word.indexOf('=');
      String name = eq < 0 ? word : word.substring(0, eq);
      if (name.equals("--ids-as-variables")) {
        ids = true;
        continue;
      }
      if (!OPTIONS.contains(name)) {
        throw new UsageException("Unknown option [" + name + "] for record");
      }
      String value = eq >= 0 ? word.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
      if (value == null) {
        throw new UsageException("Option [" + name + "] needs a value");
      }
      switch (name) {
        case "--target", "-t" -> target = target(value);
        case "--out", "-o" -> out = Path.of(value);
        case "--host" -> host = value;
        case "--port", "-p" -> port = port(value);
        case "--without-header" -> without.add(value);
        default -> throw new UsageException("Unknown option [" + name + "] for record");
      }
    }
    if (target == null || out == null) {
      throw new UsageException("record needs both [--target URL] and [--out FILE]");
    }
    return new RecordCommand(target, out, host, port, ids, List.copyOf(without));
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "Option [--port] needs a number from 0 to 65535 but was [" + value + "]");
  }

  private static URI target(String value) {
    try {
      URI uri = URI.create(value);
      if (uri.getScheme() != null && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new UsageException(
        "Option [--target] needs a URL such as [http://localhost:8080] but was [" + value + "]");
  }

  /** Start recording and print where calls go and where the examples will be written. */
  StandaloneServer start(PrintStream stdout, PrintStream stderr) {
    MockServerBuilder builder =
        MockServer.builder()
            .recordFrom(target)
            .recordTo(out)
            .recordIdsAsVariables(idVariables)
            .recordSaveEvery(Duration.ofSeconds(1))
            .host(host)
            .port(port);
    withoutHeaders.forEach(builder::recordWithoutHeader);
    MockServer server = builder.start();
    stdout.println("postman-mock " + Version.current() + " recording from [" + target + "]");
    stdout.println("Base URL:     " + server.baseUrl());
    stdout.println(
        "Examples go to [" + out + "] within a second of each call, and when you press Ctrl-C.");
    stdout.flush();
    return StandaloneServer.of(server, stdout, stderr);
  }
}
