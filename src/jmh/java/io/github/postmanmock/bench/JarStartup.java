package io.github.postmanmock.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone jar: from spawning {@code java -jar} to the first 200 of a one-route collection.
 */
final class JarStartup {
  private JarStartup() {}

  /** The standalone jar the build made, or {@code null}. */
  static Path find() throws IOException {
    Path dir = Path.of("target/jmh");
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith("-standalone.jar")).findFirst().orElse(null);
    }
  }

  /** Milliseconds from spawn to the first 200, one per launch. */
  static double[] measure(Path jar, Path logs, int launches) throws Exception {
    List<Routes.Route> routes = Routes.generate(1);
    Path collection = logs.resolve("one-route.postman_collection.json");
    Files.createDirectories(logs);
    Files.write(collection, Routes.collection(routes));
    String path = Routes.target(routes).path();
    double[] out = new double[launches];
    for (int i = 0; i < launches; i++) {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      List<String> command = new ArrayList<>(Pinning.server());
      command.addAll(
          Arrays.asList(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-jar",
              jar.toString(),
              "serve",
              collection.toString(),
              "--port",
              Integer.toString(port)));
      long t0 = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(logs.resolve("standalone-jar.log").toFile())
              .start();
      try {
        awaitFirst200(port, path, process);
        out[i] = (System.nanoTime() - t0) / 1e6;
      } finally {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }
    return out;
  }

  private static void awaitFirst200(int port, String path, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        Probe.get(port, path);
        return;
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IOException("the standalone jar gave no 200 on port " + port, notYet);
        }
        TimeUnit.MILLISECONDS.sleep(2);
      }
    }
  }
}
