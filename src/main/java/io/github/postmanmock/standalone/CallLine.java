package io.github.postmanmock.standalone;

import io.github.postmanmock.RecordedCall;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The terminal line of one call: time, method, path, status, what answered and the delay waited,
 * {@code 14:03:21 GET /pets/1 200 "Rex" 0 ms}. Printed as each call is answered, unless {@code
 * --quiet}.
 */
final class CallLine implements Consumer<RecordedCall> {
  static final int MAX_QUERY = 40;
  static final int PATH_WIDTH = 24;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final PrintStream out;
  private final ZoneId zone;

  CallLine(PrintStream out, ZoneId zone) {
    this.out = out;
    this.zone = zone;
  }

  @Override
  public void accept(RecordedCall call) {
    String line = format(call, zone);
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  static String format(RecordedCall call, ZoneId zone) {
    String path = call.query().isEmpty() ? call.path() : call.path() + "?" + call.query();
    return TIME.format(call.servedAt().atZone(zone))
        + "  "
        + pad(call.method(), 7)
        + " "
        + pad(TerminalText.shortenQuery(TerminalText.clean(path), MAX_QUERY), PATH_WIDTH)
        + "  "
        + call.status()
        + "  "
        + answeredBy(call)
        + "  "
        + call.latency().toMillis()
        + " ms";
  }

  /** The example's name in quotes, or what answered instead. */
  static String answeredBy(RecordedCall call) {
    if (call.corsPreflight()) {
      return "CORS preflight";
    }
    if (call.proxied()) {
      return "proxied";
    }
    if (call.matchedExample().isPresent()) {
      return "\"" + TerminalText.clean(call.matchedExample().get()) + "\"";
    }
    if (call.matched()) {
      return "server response";
    }
    if (call.status() == 404) {
      return "no match";
    }
    String reason = call.noMatchReason().lines().findFirst().orElse("");
    return reason.isEmpty() ? "refused" : "refused: " + TerminalText.cut(reason, 80);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
