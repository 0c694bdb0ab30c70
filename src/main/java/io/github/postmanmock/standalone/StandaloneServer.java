package io.github.postmanmock.standalone;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link MockServer} started from the command line: it prints where it listens and what it
 * serves, and with {@code --watch} reloads its files when they change, keeping the last good
 * version when a file is broken.
 */
final class StandaloneServer implements AutoCloseable {
  static final long WATCH_INTERVAL_MILLIS = 300;

  private final MockServer server;
  private final Arguments arguments;
  private final PrintStream out;
  private final PrintStream err;
  private FileWatcher watcher;

  private StandaloneServer(
      MockServer server, Arguments arguments, PrintStream out, PrintStream err) {
    this.server = server;
    this.arguments = arguments;
    this.out = out;
    this.err = err;
  }

  /**
   * Start serving as {@code arguments} say and print the banner.
   *
   * @throws UsageException for files that do not exist
   */
  static StandaloneServer start(Arguments arguments, PrintStream out, PrintStream err) {
    requireFile("collection", arguments.collection());
    arguments.value(ServeFlags.ENVIRONMENT).ifPresent(f -> requireFile("environment", f));
    // The JDK server's limits are per JVM, read when its first server starts; this process has one.
    arguments
        .serverLimits()
        .forEach((key, value) -> System.setProperty("sun.net.httpserver." + key, value.toString()));
    MockServerBuilder builder = MockServer.builder().collection(arguments.collection());
    arguments.applyTo(builder);
    if (!arguments.isOn(ProcessFlags.QUIET)) {
      builder.onCall(new CallLine(out, ZoneId.systemDefault()));
    }
    HttpsBanner.configure(builder, arguments.https());
    StandaloneServer standalone = new StandaloneServer(builder.start(), arguments, out, err);
    standalone.printBanner();
    if (arguments.isOn(ProcessFlags.WATCH)) {
      standalone.watch();
    }
    return standalone;
  }

  /** A server started elsewhere (such as by {@code record}) that the command line closes. */
  static StandaloneServer of(MockServer server, PrintStream out, PrintStream err) {
    return new StandaloneServer(server, null, out, err);
  }

  private static void requireFile(String what, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "The " + what + " file [" + file + "] does not exist or is not a file");
    }
  }

  MockServer server() {
    return server;
  }

  private void printBanner() {
    Banner.print(server, arguments, out, err);
  }

  private void watch() {
    List<Path> files = new ArrayList<>();
    files.add(arguments.collection());
    arguments.value(ServeFlags.ENVIRONMENT).ifPresent(files::add);
    watcher = FileWatcher.start(files, WATCH_INTERVAL_MILLIS, this::reload);
  }

  /**
   * Read the files again and print one line with what changed; on failure keep serving the last
   * good version and say why.
   */
  void reload() {
    try {
      List<String> before = server.routes();
      int warningsBefore = server.warnings().size();
      server.reload();
      List<String> after = server.routes();
      RouteLines.Changes changes = RouteLines.between(before, after);
      int warnings = server.warnings().size();
      synchronized (out) {
        out.println(
            "Reloaded ["
                + arguments.collection()
                + "]: "
                + changes.summary()
                + " ("
                + after.size()
                + " routes)"
                + (warnings == warningsBefore ? "" : ", " + warnings + " collection warnings"));
        changes.lines().forEach(out::println);
        out.flush();
      }
    } catch (RuntimeException e) {
      err.println("Reload failed, still serving the last good version: " + ErrorLines.oneLine(e));
      err.flush();
    }
  }

  /** Stop watching and close the server; idempotent. */
  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    server.close();
  }
}
