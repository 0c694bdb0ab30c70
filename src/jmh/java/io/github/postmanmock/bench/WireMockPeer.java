package io.github.postmanmock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.postmanmock.bench.Peer.Running;
import io.github.postmanmock.bench.Routes.Route;
import java.util.List;

/**
 * WireMock with its defaults (request journal on), bound to 127.0.0.1. A class of its own, so only
 * its JVM loads WireMock's classes.
 */
final class WireMockPeer {
  private WireMockPeer() {}

  static Running start(List<Route> routes) {
    WireMockServer server = new WireMockServer(options().port(0).bindAddress("127.0.0.1"));
    server.start();
    for (Route route : routes) {
      server.stubFor(
          get(urlEqualTo(route.path()))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(route.body())));
    }
    return Peer.running(server.port(), server::stop);
  }
}
