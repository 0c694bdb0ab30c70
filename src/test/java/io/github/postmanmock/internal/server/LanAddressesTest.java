package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanAddressesTest {
  @Test
  void everyInterfaceGivesLocalhostThenEachNetworkAddress() throws Exception {
    List<String> lan = List.of("192.168.1.20", "10.0.0.5");

    assertThat(LanAddresses.urlHosts(InetAddress.getByName("0.0.0.0"), lan))
        .containsExactly("localhost", "192.168.1.20", "10.0.0.5");
    assertThat(LanAddresses.urlHosts(InetAddress.getByName("::"), List.of()))
        .containsExactly("localhost");
  }

  @Test
  void oneAddressGivesItselfOnly() throws Exception {
    List<String> lan = List.of("192.168.1.20");

    assertThat(LanAddresses.urlHosts(InetAddress.getByName("127.0.0.1"), lan))
        .containsExactly("127.0.0.1");
    assertThat(LanAddresses.urlHosts(InetAddress.getByName("::1"), lan))
        .containsExactly("[0:0:0:0:0:0:0:1]");
  }

  @Test
  void networkAddressesAreIpv4AndNeverLoopback() {
    assertThat(LanAddresses.hosts())
        .allMatch(h -> h.matches("\\d+\\.\\d+\\.\\d+\\.\\d+"))
        .noneMatch(h -> h.startsWith("127."));
  }
}
