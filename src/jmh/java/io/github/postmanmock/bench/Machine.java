package io.github.postmanmock.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** What the figures were measured on: cores, CPU, JDK, wrk, and how busy the machine was. */
final class Machine {
  private Machine() {}

  static String describe() {
    return "Machine: "
        + Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpuModel()
        + "), "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + ", "
        + wrkVersion()
        + ", "
        + System.getProperty("os.name")
        + ". Started "
        + Instant.now()
        + ", load average "
        + loadAverage()
        + ".\n";
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String wrkVersion() {
    try {
      Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
      String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return first.lines().findFirst().orElse("wrk").replaceAll("\\s*\\[.*", "");
    } catch (IOException e) {
      return "wrk not found";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "wrk";
    }
  }
}
