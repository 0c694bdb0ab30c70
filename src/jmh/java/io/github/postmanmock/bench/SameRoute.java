package io.github.postmanmock.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The many-same-route collection: our server loaded with 10, 1,000 and 10,000 examples of {@code
 * GET /users/{id}}, each called at its first and its last URL; every round runs each server and URL
 * once, interleaved, and reports the throughput relative to the 10-example server in that round.
 */
final class SameRoute {
  private SameRoute() {}

  static String run(Path logs, List<Integer> counts, int connections, int seconds, int rounds)
      throws Exception {
    Map<Integer, Child> children = new LinkedHashMap<>();
    Map<Integer, Integer> ports = new HashMap<>();
    Map<String, List<Double>> rps = new LinkedHashMap<>();
    try {
      for (int count : counts) {
        Child child = Child.launch(logs, "serve", Peer.OURS, count, "same");
        children.put(count, child);
        ports.put(count, child.awaitReady());
        Probe.get(ports.get(count), "/users/" + count);
        Wrk.run(ports.get(count), "/users/" + count, connections, seconds);
      }
      for (int round = 1; round <= rounds; round++) {
        for (String which : List.of("first", "last")) {
          for (int count : counts) {
            String path = "/users/" + (which.equals("first") ? 1 : count);
            Wrk.Result r = Wrk.run(ports.get(count), path, connections, seconds);
            System.out.println("[bench] same route " + count + " " + which + ": " + r);
            rps.computeIfAbsent(count + " " + which, k -> new ArrayList<>()).add(r.rps());
          }
        }
      }
    } finally {
      for (Child child : children.values()) {
        child.close();
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("\n## Many examples of one route\n\n");
    md.append("`GET /users/1` … `/users/N` (one route, numeric IDs, as record mode produces), ");
    md.append(connections).append(" connections, ").append(seconds).append(" s per run, ");
    md.append(rounds).append(" rounds, servers and URLs interleaved within each round.\n\n");
    md.append("| examples | URL called | req/s per round | ÷ 10 examples, per round |\n");
    md.append("| ---: | --- | ---: | ---: |\n");
    for (String which : List.of("first", "last")) {
      List<Double> base = rps.get(counts.get(0) + " " + which);
      for (int count : counts) {
        List<Double> mine = rps.get(count + " " + which);
        StringBuilder perRound = new StringBuilder();
        StringBuilder ratio = new StringBuilder();
        for (int i = 0; i < mine.size(); i++) {
          String sep = i == 0 ? "" : " / ";
          perRound.append(sep).append(String.format(Locale.ROOT, "%,.0f", mine.get(i)));
          ratio.append(sep).append(String.format(Locale.ROOT, "%.2f", mine.get(i) / base.get(i)));
        }
        md.append("| ").append(String.format(Locale.ROOT, "%,d", count)).append(" | ");
        md.append(which.equals("first") ? "/users/1" : "/users/" + count).append(" | ");
        md.append(perRound).append(" | ").append(ratio).append(" |\n");
      }
    }
    return md.toString();
  }
}
