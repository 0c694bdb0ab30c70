package io.github.postmanmock.bench;

import io.github.postmanmock.bench.Routes.Route;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs every comparison against the other mock servers and writes a Markdown report.
 *
 * <p>Options ({@code --name value}): {@code seconds} per wrk run (10), {@code rounds} (3), {@code
 * connections} (16,64), {@code collection} routes (1000), {@code memory} routes (10000), {@code
 * warm} start-ups per JVM (40), {@code fresh} JVM start-ups (3), {@code sections}
 * (throughput,collection,sameroute,startup,memory; also rampup: the first {@code rampup} seconds,
 * 5, of load on a fresh JVM), {@code peers} (all, the bare JDK server first), {@code pin} (false;
 * true runs servers on CPU 0 and wrk on CPU 1), {@code warmup} seconds of load before the measured
 * rounds (25: MockServer needs more than 20), {@code sameroute} example counts (10,1000,10000),
 * {@code out} (target/benchmarks/results.md).
 *
 * <p>Every server runs in a JVM of its own ({@link PeerMain}); the load generator is wrk.
 */
public final class Driver {
  private final Map<String, String> options;
  private final Path logs;
  private final List<Peer> peers;
  private final StringBuilder md = new StringBuilder();

  private Driver(Map<String, String> options) {
    this.options = options;
    Path out = Path.of(option("out", "target/benchmarks/results.md"));
    this.logs = out.toAbsolutePath().getParent().resolve("logs");
    Pinning.enable(Boolean.parseBoolean(options.getOrDefault("pin", "false")));
    this.peers =
        Arrays.stream(option("peers", "BARE_JDK,OURS,WIREMOCK,MOCKSERVER,MOCKWEBSERVER").split(","))
            .map(Peer::valueOf)
            .toList();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    new Driver(options).run();
    System.exit(0);
  }

  private String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  private int number(String name, int fallback) {
    return Integer.parseInt(option(name, Integer.toString(fallback)));
  }

  private void run() throws Exception {
    Path out = Path.of(option("out", "target/benchmarks/results.md"));
    List<String> sections =
        List.of(option("sections", "throughput,collection,sameroute,startup,memory").split(","));
    md.append("# Against other mock servers\n\n").append(Machine.describe()).append('\n');
    md.append("\n").append(Pinning.describe()).append(".\n");
    if (sections.contains("throughput")) {
      load("One stub", peers, 1);
    }
    if (sections.contains("collection")) {
      List<Peer> two =
          peers.stream()
              .filter(p -> p == Peer.BARE_JDK || p == Peer.OURS || p == Peer.WIREMOCK)
              .toList();
      load(
          "A " + number("collection", 1000) + "-route collection", two, number("collection", 1000));
    }
    if (sections.contains("sameroute")) {
      List<Integer> counts =
          Arrays.stream(option("sameroute", "10,1000,10000").split(","))
              .map(Integer::valueOf)
              .toList();
      md.append(SameRoute.run(logs, counts, 16, number("seconds", 10), number("rounds", 3)));
    }
    if (sections.contains("startup")) {
      startup();
    }
    if (sections.contains("rampup")) {
      rampUp();
    }
    if (sections.contains("memory")) {
      memory();
    }
    md.append("\nFinished ").append(Instant.now()).append(", load average ");
    md.append(Machine.loadAverage()).append(".\n");
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md, StandardCharsets.UTF_8);
    System.out.println(md);
    System.out.println("Written to " + out.toAbsolutePath());
  }

  /** Throughput and latency: every peer up at once, runs interleaved peer by peer each round. */
  private void load(String title, List<Peer> group, int routeCount) throws Exception {
    int seconds = number("seconds", 10);
    int rounds = number("rounds", 3);
    List<Integer> connections =
        Arrays.stream(option("connections", "16,64").split(",")).map(Integer::valueOf).toList();
    String path = Routes.target(Routes.generate(routeCount)).path();
    Map<Peer, Child> children = new EnumMap<>(Peer.class);
    Map<Peer, Integer> ports = new EnumMap<>(Peer.class);
    Map<String, List<Wrk.Result>> results = new HashMap<>();
    Map<Peer, Long> rss = new EnumMap<>(Peer.class);
    Map<String, List<Double>> cpu = new HashMap<>();
    try {
      for (Peer peer : group) {
        Child child = Child.launch(logs, "serve", peer, routeCount);
        children.put(peer, child);
        ports.put(peer, child.awaitReady());
        Probe.get(ports.get(peer), path);
        progress(title + ": warming " + peer);
        Wrk.run(
            ports.get(peer),
            path,
            connections.get(connections.size() - 1),
            number("warmup", Math.max(seconds, 25)));
      }
      for (int round = 1; round <= rounds; round++) {
        for (int c : connections) {
          for (Peer peer : group) {
            long cpu0 = children.get(peer).cpuNanos();
            Wrk.Result r = Wrk.run(ports.get(peer), path, c, seconds);
            double perCall = (children.get(peer).cpuNanos() - cpu0) / 1e3 / (r.rps() * seconds);
            cpu.computeIfAbsent(peer + "/" + c, k -> new ArrayList<>()).add(perCall);
            progress(
                title
                    + " round "
                    + round
                    + " c="
                    + c
                    + " "
                    + peer
                    + ": "
                    + r
                    + " cpu/call µs "
                    + perCall);
            results.computeIfAbsent(peer + "/" + c, k -> new ArrayList<>()).add(r);
          }
        }
      }
      for (Peer peer : group) {
        rss.put(peer, children.get(peer).rss());
      }
    } finally {
      for (Child child : children.values()) {
        child.close();
      }
    }
    md.append("\n## ").append(title).append(": throughput and latency\n\n");
    md.append("`GET ").append(path).append("` (about 200 bytes of JSON, keep-alive), wrk, ");
    md.append(seconds).append(" s per run, ").append(rounds).append(" rounds, peers interleaved");
    md.append(" within each round.\n\n");
    md.append("| Connections | Server | req/s per round | median req/s | ours ÷ this, per round ");
    md.append("| p50 ms (median) | p99 ms (median) | server CPU µs per call, per round ");
    md.append("| errors |\n");
    md.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (int c : connections) {
      List<Wrk.Result> ours = results.get(Peer.OURS + "/" + c);
      for (Peer peer : group) {
        List<Wrk.Result> rs = results.get(peer + "/" + c);
        StringBuilder perRound = new StringBuilder();
        StringBuilder ratios = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i < rs.size(); i++) {
          String sep = i == 0 ? "" : " / ";
          perRound.append(sep).append(fmt0(rs.get(i).rps()));
          if (ours != null && peer != Peer.OURS) {
            ratios.append(sep).append(fmt2(ours.get(i).rps() / rs.get(i).rps()));
          }
          if (!rs.get(i).errors().isEmpty()) {
            errors.append(errors.length() > 0 ? "; " : "").append(rs.get(i).errors());
          }
        }
        md.append("| ").append(c).append(" | ").append(peer.label()).append(" | ");
        md.append(perRound).append(" | ").append(fmt0(median(rs, Wrk.Result::rps))).append(" | ");
        md.append(ratios.length() == 0 ? "—" : ratios).append(" | ");
        md.append(fmt2(median(rs, Wrk.Result::p50))).append(" | ");
        md.append(fmt2(median(rs, Wrk.Result::p99))).append(" | ");
        md.append(
                cpu.get(peer + "/" + c).stream()
                    .map(Driver::fmt1)
                    .collect(java.util.stream.Collectors.joining(" / ")))
            .append(" | ");
        md.append(errors.length() == 0 ? "none" : errors).append(" |\n");
      }
    }
    md.append("\nResident set size after the warm-up and every round (about ");
    double calls = 0;
    for (List<Wrk.Result> rs : results.values()) {
      for (Wrk.Result r : rs) {
        calls += r.rps() * seconds;
      }
    }
    md.append(fmt0(calls / Math.max(1, group.size()))).append(" calls each, default settings): ");
    StringBuilder line = new StringBuilder();
    for (Peer peer : group) {
      line.append(line.length() == 0 ? "" : "; ").append(peer.label()).append(' ');
      line.append(mb(rss.get(peer))).append(" MB");
      if (peer == Peer.OURS && rss.containsKey(Peer.BARE_JDK)) {
        line.append(" (").append(fmt2((double) rss.get(peer) / rss.get(Peer.BARE_JDK)));
        line.append("× bare JDK)");
      }
    }
    md.append(line).append(".\n");
  }

  /** Warm: start + first response and stop, repeated in one JVM; fresh: process start to answer. */
  private void startup() throws Exception {
    int warm = number("warm", 40);
    int fresh = number("fresh", 3);
    String path = Routes.target(Routes.generate(1)).path();
    md.append("\n## Start-up\n\n");
    md.append("Warm JVM: start a server with one stub, get the first response on a new ");
    md.append("connection, stop; repeated ")
        .append(warm)
        .append(" times in one JVM, median of the");
    md.append(" second half. Fresh JVM: from launching `java` to the first response, median of ");
    md.append(fresh).append(".\n\n");
    md.append(
        "| Server | first in its JVM: start + response ms | warm: start + response ms (median)");
    md.append(" | warm: stop ms (median) | fresh JVM: launch to response ms (median) |\n");
    md.append("| --- | ---: | ---: | ---: | ---: |\n");
    for (Peer peer : peers) {
      List<double[]> runs = new ArrayList<>();
      try (Child child = Child.launch(logs, "warm", peer, warm)) {
        for (int i = 0; i < warm; i++) {
          String[] f = child.readLine().split(" ");
          runs.add(new double[] {Long.parseLong(f[2]) / 1e6, Long.parseLong(f[3]) / 1e6});
        }
      }
      List<double[]> steady = runs.subList(warm / 2, warm);
      double[] launches = new double[fresh];
      for (int i = 0; i < fresh; i++) {
        long t0 = System.nanoTime();
        try (Child child = Child.launch(logs, "serve", peer, 1)) {
          Probe.get(child.awaitReady(), path);
          launches[i] = (System.nanoTime() - t0) / 1e6;
        }
      }
      progress("start-up " + peer + ": first " + runs.get(0)[0] + " fresh " + launches[0]);
      md.append("| ").append(peer.label()).append(" | ").append(fmt1(runs.get(0)[0])).append(" | ");
      md.append(fmt2(medianOf(steady.stream().mapToDouble(r -> r[0]).toArray()))).append(" | ");
      md.append(fmt2(medianOf(steady.stream().mapToDouble(r -> r[1]).toArray()))).append(" | ");
      md.append(fmt0(medianOf(launches))).append(" |\n");
    }
    Path jar = JarStartup.find();
    if (jar != null) {
      double[] spawns = JarStartup.measure(jar, logs, fresh);
      progress("start-up standalone jar: " + Arrays.toString(spawns));
      md.append("\nStandalone jar (`java -jar ").append(jar.getFileName());
      md.append(" serve`, one-route collection): process spawn to first 200, median of ");
      md.append(fresh).append(": ").append(fmt0(medianOf(spawns))).append(" ms (");
      md.append(Arrays.stream(spawns).mapToObj(Driver::fmt0).toList()).append(").\n");
    }
  }

  /** Throughput in the first seconds of a fresh JVM: launch, first 200, then wrk at once. */
  private void rampUp() throws Exception {
    int rounds = number("rounds", 3);
    int seconds = number("rampup", 5);
    String path = Routes.target(Routes.generate(1)).path();
    Map<Peer, List<Double>> rps = new EnumMap<>(Peer.class);
    for (int round = 1; round <= rounds; round++) {
      for (Peer peer : peers) {
        try (Child child = Child.launch(logs, "serve", peer, 1)) {
          int port = child.awaitReady();
          Probe.get(port, path);
          Wrk.Result r = Wrk.run(port, path, 16, seconds);
          progress("ramp-up round " + round + " " + peer + ": " + r);
          rps.computeIfAbsent(peer, k -> new ArrayList<>()).add(r.rps());
        }
      }
    }
    md.append("\n## The first ").append(seconds).append(" s under load after start\n\n");
    md.append("A fresh JVM per run: launch, the first 200, then wrk at 16 connections at once; ");
    md.append(rounds).append(" rounds, peers interleaved.\n\n");
    md.append("| Server | req/s per round | ours ÷ this, per round |\n| --- | ---: | ---: |\n");
    List<Double> ours = rps.get(Peer.OURS);
    for (Peer peer : peers) {
      List<Double> rs = rps.get(peer);
      StringBuilder ratios = new StringBuilder();
      for (int i = 0; ours != null && peer != Peer.OURS && i < rs.size(); i++) {
        ratios.append(i == 0 ? "" : " / ").append(fmt2(ours.get(i) / rs.get(i)));
      }
      md.append("| ").append(peer.label()).append(" | ");
      md.append(rs.stream().map(Driver::fmt0).collect(java.util.stream.Collectors.joining(" / ")));
      md.append(" | ").append(ratios.length() == 0 ? "—" : ratios).append(" |\n");
    }
  }

  /** Heap after GC and RSS with one route and with many, one fresh JVM each. */
  private void memory() throws Exception {
    int many = number("memory", 10_000);
    md.append("\n## Memory with ").append(String.format(Locale.ROOT, "%,d", many));
    md.append(" stubs\n\n");
    md.append("Used heap after three `System.gc()` calls (MemoryMXBean) and resident set size, ");
    md.append("in a JVM with default settings, after one call was answered.\n\n");
    md.append("| Server | heap MB, 1 stub | heap MB, ").append(many).append(" stubs | heap added ");
    md.append("per stub, KB | RSS MB, 1 stub | RSS MB, ")
        .append(many)
        .append(" stubs | load ms |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Peer peer : peers) {
      if (peer != Peer.OURS && peer != Peer.WIREMOCK) {
        continue;
      }
      long[] small = measure(peer, 1);
      long[] large = measure(peer, many);
      progress("memory " + peer + ": " + Arrays.toString(small) + " " + Arrays.toString(large));
      md.append("| ").append(peer.label()).append(" | ").append(mb(small[0])).append(" | ");
      md.append(mb(large[0])).append(" | ");
      md.append(fmt2((large[0] - small[0]) / 1024.0 / (many - 1))).append(" | ");
      md.append(mb(small[1])).append(" | ").append(mb(large[1])).append(" | ");
      md.append(large[2]).append(" |\n");
    }
  }

  private long[] measure(Peer peer, int routeCount) throws Exception {
    List<Route> routes = Routes.generate(routeCount);
    long t0 = System.nanoTime();
    try (Child child = Child.launch(logs, "serve", peer, routeCount)) {
      int port = child.awaitReady();
      long loadMs = (System.nanoTime() - t0) / 1_000_000;
      Probe.get(port, Routes.target(routes).path());
      long heap = child.heapAfterGc();
      return new long[] {heap, child.rss(), loadMs};
    }
  }

  private static void progress(String line) {
    System.out.println("[bench] " + line);
  }

  private static double median(
      List<Wrk.Result> rs, java.util.function.ToDoubleFunction<Wrk.Result> f) {
    return medianOf(rs.stream().mapToDouble(f).toArray());
  }

  private static double medianOf(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "?" : fmt1(bytes / 1024.0 / 1024.0);
  }

  private static String fmt0(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String fmt1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String fmt2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
