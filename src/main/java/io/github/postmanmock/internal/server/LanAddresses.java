package io.github.postmanmock.internal.server;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses other machines reach this one at: the IPv4 address of every network interface that
 * is up, not the loopback. A server bound to every interface ({@code 0.0.0.0}) prints a URL for
 * each, and these are the names a {@code Host} header of a call from the network carries.
 *
 * <p>IPv4 only: these are the addresses people type and phones on the same Wi-Fi use; IPv6
 * link-local addresses need a zone and are not usable in a browser's address bar.
 */
public final class LanAddresses {
  private LanAddresses() {}

  /**
   * The hosts to put in URLs for a server bound to {@code bound}: its address ({@code 127.0.0.1},
   * {@code [::1]}) or, bound to every interface, {@code localhost} and then each of {@code lan}.
   */
  public static List<String> urlHosts(InetAddress bound, List<String> lan) {
    if (!bound.isAnyLocalAddress()) {
      String host = bound.getHostAddress();
      return List.of(host.contains(":") ? "[" + host + "]" : host);
    }
    List<String> hosts = new ArrayList<>();
    hosts.add("localhost");
    hosts.addAll(lan);
    return List.copyOf(hosts);
  }

  /** The addresses as URL hosts ({@code 192.168.1.20}), in interface order; empty when none. */
  public static List<String> hosts() {
    List<String> hosts = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nic.isUp() || nic.isLoopback()) {
          continue;
        }
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
            hosts.add(address.getHostAddress());
          }
        }
      }
    } catch (SocketException | RuntimeException e) {
      return List.copyOf(hosts);
    }
    return List.copyOf(hosts);
  }
}
