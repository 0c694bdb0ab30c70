package io.github.postmanmock.bench;

import com.sun.net.httpserver.HttpServer;
import io.github.postmanmock.bench.Routes.Route;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ceiling we are measured against: the JDK's own {@code HttpServer}, as ours is wired (TCP
 * nodelay, a fixed pool of 16 handler threads), answering each path from a {@code HashMap} with
 * nothing else to do.
 */
final class BareJdkPeer {
  private BareJdkPeer() {}

  static Peer.Running start(List<Route> routes) {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Map<String, byte[]> bodies = new HashMap<>();
    for (Route r : routes) {
      bodies.put(r.path(), r.body().getBytes(StandardCharsets.UTF_8));
    }
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      server.setExecutor(pool);
      server.createContext(
          "/",
          exchange -> {
            try (exchange) {
              byte[] body = bodies.get(exchange.getRequestURI().getPath());
              if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
              }
              exchange.getResponseHeaders().add("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, body.length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            }
          });
      server.start();
      return Peer.running(
          server.getAddress().getPort(),
          () -> {
            server.stop(0);
            pool.shutdownNow();
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
