package io.github.postmanmock.bench;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.bench.Routes.Route;
import java.util.List;

/**
 * The mock servers compared, each started with its defaults on 127.0.0.1 and an ephemeral port,
 * loaded with one stub per route (status 200, {@code Content-Type: application/json}).
 */
enum Peer {
  BARE_JDK("bare JDK HttpServer (ceiling)", "/no-jar-of-its-own/") {
    @Override
    Running start(List<Route> routes) {
      return BareJdkPeer.start(routes);
    }
  },
  OURS("postman-mock", "/postman-mock/") {
    @Override
    Running start(List<Route> routes) {
      MockServer server =
          MockServer.builder().collection("bench.json", Routes.collection(routes)).start();
      return running(server.port(), server::close);
    }
  },
  WIREMOCK("WireMock 3.13.1", "/wiremock-standalone-") {
    @Override
    Running start(List<Route> routes) {
      return WireMockPeer.start(routes);
    }
  },
  MOCKSERVER("MockServer 5.15.0", "/mockserver-netty-") {
    @Override
    Running start(List<Route> routes) {
      return MockServerPeer.start(routes);
    }
  },
  MOCKWEBSERVER("OkHttp MockWebServer 5.1.0", "/mockwebserver3-") {
    @Override
    Running start(List<Route> routes) {
      return MockWebServerPeer.start(routes);
    }
  };

  static {
    System.setProperty("mockserver.logLevel", "WARN");
  }

  private final String label;
  private final String jarMarker;

  Peer(String label, String jarMarker) {
    this.label = label;
    this.jarMarker = jarMarker;
  }

  /** Whether a class path entry is this peer's own jar (never ours: the driver needs it). */
  boolean ownsJar(String entry) {
    return this != OURS && this != BARE_JDK && entry.contains(jarMarker);
  }

  /** The name and version shown in the results. */
  String label() {
    return label;
  }

  /** Start a server answering {@code routes}; it listens when this returns. */
  abstract Running start(List<Route> routes);

  /** A started server. */
  interface Running extends AutoCloseable {
    int port();

    @Override
    void close();
  }

  static Running running(int port, Runnable stop) {
    return new Running() {
      @Override
      public int port() {
        return port;
      }

      @Override
      public void close() {
        stop.run();
      }
    };
  }
}
