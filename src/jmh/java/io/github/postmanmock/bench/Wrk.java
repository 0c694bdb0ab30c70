package io.github.postmanmock.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One plain {@code wrk --latency} run (no Lua) and the figures read from its report. */
final class Wrk {
  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern ERRORS = Pattern.compile("Socket errors:([^\\n]*)");

  /** Requests per second, latency percentiles in milliseconds, and any errors wrk reported. */
  record Result(double rps, double p50, double p99, String errors) {}

  private Wrk() {}

  static Result run(int port, String path, int connections, int seconds)
      throws IOException, InterruptedException {
    int threads =
        Pinning.on()
            ? 1
            : Math.min(connections, Math.max(1, Runtime.getRuntime().availableProcessors()));
    List<String> command = new ArrayList<>(Pinning.loadGenerator());
    command.addAll(
        List.of(
            "wrk",
            "-t" + threads,
            "-c" + connections,
            "-d" + seconds + "s",
            "--timeout",
            "5s",
            "--latency",
            "http://127.0.0.1:" + port + path));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("wrk failed:\n" + report);
    }
    return new Result(
        number(RPS, report), percentile(report, "50%"), percentile(report, "99%"), errors(report));
  }

  private static double number(Pattern pattern, String report) throws IOException {
    Matcher m = pattern.matcher(report);
    if (!m.find()) {
      throw new IOException("cannot read [" + pattern + "] in wrk's report:\n" + report);
    }
    return Double.parseDouble(m.group(1));
  }

  private static double percentile(String report, String label) throws IOException {
    Matcher m = Pattern.compile("\\s" + label + "\\s+([0-9.]+)(us|ms|s)").matcher(report);
    if (!m.find()) {
      throw new IOException("cannot read the " + label + " latency in wrk's report:\n" + report);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static String errors(String report) {
    StringBuilder errors = new StringBuilder();
    Matcher non2xx = NON_2XX.matcher(report);
    if (non2xx.find()) {
      errors.append("non-2xx ").append(non2xx.group(1));
    }
    Matcher socket = ERRORS.matcher(report);
    if (socket.find()) {
      errors.append(errors.length() > 0 ? "; " : "").append("socket").append(socket.group(1));
    }
    return errors.toString();
  }
}
