package io.github.postmanmock.bench;

import io.github.postmanmock.bench.Routes.Route;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The child JVM of the benchmark: one peer per process, so no peer shares a heap, JIT profile or
 * class path clash with another.
 *
 * <ul>
 *   <li>{@code serve PEER ROUTES [same]}: start ({@code same}: {@link Routes#sameRoute}), print
 *       {@code READY port}, then answer {@code heap} on stdin with {@code HEAP bytes} (used heap
 *       after full GCs); stop at {@code quit} or EOF.
 *   <li>{@code warm PEER REPEATS}: start, first response and stop, repeated in this JVM; one line
 *       {@code RUN i startAndFirstNanos stopNanos} per repeat.
 * </ul>
 */
public final class PeerMain {
  private PeerMain() {}

  public static void main(String[] args) throws Exception {
    Peer peer = Peer.valueOf(args[1]);
    int count = Integer.parseInt(args[2]);
    boolean sameRoute = args.length > 3 && args[3].equals("same");
    if (args[0].equals("warm")) {
      warm(peer, count);
    } else {
      serve(peer, sameRoute ? Routes.sameRoute(count) : Routes.generate(count));
    }
    System.exit(0);
  }

  private static void serve(Peer peer, List<Route> routes) throws Exception {
    try (Peer.Running running = peer.start(routes)) {
      System.out.println("READY " + running.port());
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.equals("heap")) {
          System.out.println("HEAP " + heapAfterGc());
          System.out.flush();
        } else if (line.equals("quit")) {
          break;
        }
      }
    }
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void warm(Peer peer, int repeats) throws Exception {
    List<Route> routes = Routes.generate(1);
    String path = Routes.target(routes).path();
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      Peer.Running running = peer.start(routes);
      Probe.get(running.port(), path);
      long t1 = System.nanoTime();
      running.close();
      long t2 = System.nanoTime();
      System.out.println("RUN " + i + " " + (t1 - t0) + " " + (t2 - t1));
      System.out.flush();
    }
  }
}
