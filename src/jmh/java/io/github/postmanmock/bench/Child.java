package io.github.postmanmock.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A {@link PeerMain} in its own JVM, on the driver's class path; stderr goes to a log file. */
final class Child implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;
  private final Writer in;

  private Child(Process process) {
    this.process = process;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /** Launch {@code PeerMain mode peer count}. */
  static Child launch(Path logs, String mode, Peer peer, int count) throws IOException {
    return launch(logs, mode, peer, count, "rest");
  }

  /** Launch {@code PeerMain mode peer count kind}, {@code kind} naming the {@link Routes}. */
  static Child launch(Path logs, String mode, Peer peer, int count, String kind)
      throws IOException {
    List<String> command = new ArrayList<>(Pinning.server());
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String extra = System.getProperty("bench.childJvmArgs", "");
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(
        List.of(
            "-cp",
            classPath(peer),
            PeerMain.class.getName(),
            mode,
            peer.name(),
            Integer.toString(count),
            kind));
    Files.createDirectories(logs);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(
        ProcessBuilder.Redirect.appendTo(
            logs.resolve(peer.name().toLowerCase() + "-" + mode + ".log").toFile()));
    return new Child(builder.start());
  }

  /**
   * The driver's class path without the other peers' jars: WireMock's and MockServer's shaded jars
   * both carry a root {@code jsv-messages} bundle of different versions, and the first one wins.
   * Our classes come from the jar the build made, as a user's test JVM loads them, not from the
   * build's class folder, from which a fresh JVM loads them more slowly (about 30 ms of a 440 ms
   * start here).
   */
  private static String classPath(Peer peer) {
    String separator = System.getProperty("path.separator");
    return Arrays.stream(System.getProperty("java.class.path").split(separator))
        .filter(entry -> Arrays.stream(Peer.values()).noneMatch(p -> p != peer && p.ownsJar(entry)))
        .map(Child::asJar)
        .collect(Collectors.joining(separator));
  }

  /**
   * The build's jar (main and benchmark classes) in place of its class folder; the folder, with a
   * warning, when there is not exactly one such jar (run {@code package} first).
   */
  private static String asJar(String entry) {
    Path folder = Path.of(entry);
    if (!folder.endsWith(Path.of("target", "jmh", "classes"))) {
      return entry;
    }
    List<String> jars;
    try (var files = Files.list(folder.getParent())) {
      jars =
          files
              .map(Path::toString)
              .filter(f -> f.endsWith(".jar"))
              .filter(f -> !f.matches(".*-(sources|javadoc|standalone|tests)\\.jar"))
              .toList();
    } catch (IOException e) {
      jars = List.of();
    }
    if (jars.size() != 1) {
      System.err.println(
          "[bench] not one build jar in target/jmh " + jars + ": our classes load from " + entry);
      return entry;
    }
    return jars.get(0);
  }

  /** The next line the child prints, or a failure when it exits first. */
  String readLine() throws IOException {
    String line = out.readLine();
    if (line == null) {
      throw new IOException("the child JVM ended early; see target/benchmarks/logs");
    }
    return line;
  }

  /** Wait for {@code READY port} and return the port. */
  int awaitReady() throws IOException {
    for (String line = readLine(); ; line = readLine()) {
      if (line.startsWith("READY ")) {
        return Integer.parseInt(line.substring(6).trim());
      }
    }
  }

  /** Used heap after full GCs, in bytes, as the child reports it. */
  long heapAfterGc() throws IOException {
    in.write("heap\n");
    in.flush();
    for (String line = readLine(); ; line = readLine()) {
      if (line.startsWith("HEAP ")) {
        return Long.parseLong(line.substring(5).trim());
      }
    }
  }

  /** Resident set size of the child process in bytes (Linux), or -1 if unknown. */
  long rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", process.pid() + "", "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /**
   * CPU time the child process used so far (user + system, every thread: handlers, GC and JIT), in
   * nanoseconds, read from {@code /proc/PID/stat} at the kernel's 100 ticks per second; -1 if
   * unknown.
   */
  long cpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc", process.pid() + "", "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      in.write("quit\n");
      in.close();
    } catch (IOException ignored) {
      // the child is gone already
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
