package io.github.postmanmock.bench;

import io.github.postmanmock.bench.Peer.Running;
import io.github.postmanmock.bench.Routes.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * OkHttp MockWebServer with a dispatcher that looks the stub up by request target. A class of its
 * own, so only its JVM loads OkHttp's classes.
 */
final class MockWebServerPeer {
  private MockWebServerPeer() {}

  static Running start(List<Route> routes) {
    Map<String, MockResponse> byTarget = new HashMap<>();
    for (Route route : routes) {
      byTarget.put(
          route.path(),
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(route.body())
              .build());
    }
    MockResponse missing = new MockResponse.Builder().code(404).build();
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return byTarget.getOrDefault(request.getTarget(), missing);
          }
        });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Peer.running(server.getPort(), server::close);
  }
}
