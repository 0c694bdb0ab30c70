package io.github.postmanmock.standalone;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.MockServer;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * What {@code serve} prints at start: where to call the mock (on {@code 0.0.0.0} localhost and each
 * network address, with a warning that the call log is open to the network), the delay, access and
 * CORS mode in effect, the collection warnings as one line ({@code --warnings} lists them) and the
 * routes with long queries cut.
 */
final class Banner {
  static final String INDENT = "              ";

  private Banner() {}

  static void print(MockServer server, Arguments arguments, PrintStream out, PrintStream err) {
    out.println("postman-mock " + Version.current() + " serving [" + arguments.collection() + "]");
    arguments
        .value(ServeFlags.ENVIRONMENT)
        .ifPresent(e -> out.println("Environment:  [" + e + "]"));
    List<String> urls = server.baseUrls();
    out.println("Base URL:     " + urls.get(0));
    for (int i = 1; i < urls.size(); i++) {
      out.println((i == 1 ? "Network:      " : INDENT) + urls.get(i));
    }
    HttpsBanner.print(server, arguments.https(), out, err);
    arguments
        .value(ServeFlags.PASSTHROUGH)
        .ifPresent(p -> out.println("Passthrough:  " + p + " (unmatched calls)"));
    out.println("Call log:     " + urls.get(0) + adminPrefix(arguments) + "/");
    if (isEveryInterface(arguments.value(ServeFlags.HOST).orElseThrow())) {
      networkWarning(arguments, out);
    }
    out.println("Settings:     " + settings(arguments));
    warnings(server.warnings(), arguments.isOn(ProcessFlags.WARNINGS), out);
    List<String> routes = server.routes();
    out.println("Routes (" + routes.size() + "):");
    routes.forEach(r -> out.println("  " + RouteLines.shorten(r)));
    out.println(
        arguments.isOn(ProcessFlags.WATCH)
            ? "Watching the files for changes. Press Ctrl-C to stop."
            : "Press Ctrl-C to stop.");
    out.flush();
  }

  static String adminPrefix(Arguments arguments) {
    String p = arguments.value(ServeFlags.ADMIN_PREFIX).orElseThrow();
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  /** {@code delay 2G (300 ms), public, CORS auto}, and the server response when one is set. */
  static String settings(Arguments arguments) {
    Delay delay = arguments.value(ServeFlags.DELAY).orElse(Delay.NONE);
    long millis = delay.duration().toMillis();
    String delayText =
        delay.equals(Delay.TWO_G)
            ? "2G (" + millis + " ms)"
            : delay.equals(Delay.THREE_G) ? "3G (" + millis + " ms)" : millis + " ms";
    int keys = arguments.values(ServeFlags.API_KEY).size();
    String access =
        keys == 0 ? "public" : "private (" + keys + (keys == 1 ? " API key)" : " API keys)");
    String cors = arguments.value(ServeFlags.CORS).orElse(CorsMode.AUTO).name();
    String text =
        "delay "
            + (millis == 0 ? "none" : delayText)
            + ", "
            + access
            + ", CORS "
            + cors.toLowerCase(Locale.ROOT).replace('_', '-');
    return arguments
        .value(ServeFlags.SERVER_RESPONSE)
        .map(r -> text + ", server response " + r.status() + " (outage on)")
        .orElse(text);
  }

  private static void networkWarning(Arguments arguments, PrintStream out) {
    out.println(
        "Warning:      listening on every network interface: anyone on the network can call the");
    out.println(INDENT + "mock and read the call log (request headers and bodies).");
    if (arguments.values(ServeFlags.API_KEY).isEmpty()) {
      out.println(
          INDENT + "Protect it with --api-key KEY (calls and the call log then need the key),");
      out.println(INDENT + "or bind --host 127.0.0.1 to keep it on this machine.");
    } else {
      out.println(INDENT + "It is private: calls and the call log need the key (x-api-key).");
    }
  }

  private static void warnings(List<String> warnings, boolean all, PrintStream out) {
    if (warnings.isEmpty()) {
      return;
    }
    int n = warnings.size();
    if (!all) {
      out.println(
          "Warnings:     "
              + n
              + (n == 1 ? " collection warning" : " collection warnings")
              + "; --warnings lists them");
      return;
    }
    out.println("Warnings (" + n + "):");
    warnings.forEach(w -> out.println("  " + TerminalText.clean(w)));
  }

  static boolean isEveryInterface(String host) {
    try {
      return InetAddress.getByName(host).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
