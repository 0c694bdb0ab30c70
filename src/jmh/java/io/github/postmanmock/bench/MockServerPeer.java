package io.github.postmanmock.bench;

import io.github.postmanmock.bench.Peer.Running;
import io.github.postmanmock.bench.Routes.Route;
import java.util.List;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;
import org.mockserver.model.HttpResponse;

/**
 * MockServer with its defaults (log level WARN), expectations added through its client. A class of
 * its own, so only its JVM loads MockServer's classes.
 */
final class MockServerPeer {
  private MockServerPeer() {}

  static Running start(List<Route> routes) {
    ClientAndServer server = ClientAndServer.startClientAndServer(0);
    for (Route route : routes) {
      server
          .when(HttpRequest.request().withMethod("GET").withPath(route.path()))
          .respond(
              HttpResponse.response()
                  .withStatusCode(200)
                  .withHeader("Content-Type", "application/json")
                  .withBody(route.body()));
    }
    return Peer.running(server.getPort(), server::stop);
  }
}
