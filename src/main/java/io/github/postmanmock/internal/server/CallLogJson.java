package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the call log in the shape of Postman's call-log API (SPEC §6.1): {@code {"call-logs":
 * [...], "meta": {"nextCursor": ...}}}, newest first. Each entry carries Postman's fields ({@code
 * id}, {@code responseName}, {@code servedAt}, {@code request}, {@code response}) and a few of ours
 * ({@code outcome}, {@code exampleId}, {@code location}, {@code rule}, {@code score}, {@code
 * delayMillis}, the {@code notes} on a call that did not stop it, such as an ignored delay header,
 * and, for calls no example answered, the near-miss {@code report}). {@code meta.total} counts the
 * calls the filters keep and {@code meta.latestCursor} names the newest of them: asking again with
 * it and {@code direction=asc} returns only the newer calls.
 */
final class CallLogJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private CallLogJson() {}

  /** One page of {@code calls} (in any order) as {@code query} asks. */
  static ObjectNode page(List<ServedCall> calls, CallLogQuery query) {
    Comparator<ServedCall> order = Comparator.comparingLong(ServedCall::sequence);
    List<ServedCall> matching = calls.stream().filter(query.filter()).toList();
    List<ServedCall> selected =
        matching.stream()
            .filter(query::afterCursor)
            .sorted(query.ascending() ? order : order.reversed())
            .toList();
    List<ServedCall> shown = selected.subList(0, Math.min(query.limit(), selected.size()));
    ObjectNode root = JSON.createObjectNode();
    ArrayNode entries = root.putArray("call-logs");
    for (ServedCall call : shown) {
      entries.add(entry(call, query));
    }
    ObjectNode meta = root.putObject("meta");
    if (selected.size() > shown.size()) {
      meta.put("nextCursor", CallLogQuery.cursorFor(shown.get(shown.size() - 1).sequence()));
    } else {
      meta.putNull("nextCursor");
    }
    meta.put("total", matching.size()); // the same on every page: the cursor only pages
    // Polling with direction=asc and this cursor returns only the calls that came after it.
    long latest = matching.stream().mapToLong(ServedCall::sequence).max().orElse(0);
    if (latest > 0) {
      meta.put("latestCursor", CallLogQuery.cursorFor(latest));
    } else {
      meta.putNull("latestCursor");
    }
    return root;
  }

  /** Postman's {@code response.type} for a call: how the response was chosen. */
  static String type(ServedCall call) {
    return switch (call.outcome()) {
      case EXAMPLE -> "collectionExample";
      case SERVER_RESPONSE -> "serverResponse";
      case UNMATCHED, ERROR -> "error";
      case CORS -> "cors";
      case PROXIED -> "recorded";
    };
  }

  static ObjectNode entry(ServedCall served, CallLogQuery query) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("id", Long.toString(served.sequence()));
    entry.put("responseName", responseName(served));
    entry.put("servedAt", served.servedAt().truncatedTo(ChronoUnit.MILLIS).toString());
    entry.set("request", request(served.call(), query));
    entry.set("response", response(served, query));
    entry.put("outcome", served.outcome().name().toLowerCase(Locale.ROOT));
    if (served.example() != null) {
      entry.put("exampleId", served.example().id());
      entry.put("location", NearMissReport.location(served.example()));
    }
    if (served.rule() != null) {
      entry.put("rule", served.rule().name());
    }
    if (!Double.isNaN(served.score())) {
      entry.put("score", served.score());
    }
    entry.put("delayMillis", served.delay().toMillis());
    if (!served.report().isEmpty()) {
      entry.put("report", served.report());
    }
    if (!served.notes().isEmpty()) {
      ArrayNode notes = entry.putArray("notes");
      served.notes().forEach(notes::add);
    }
    return entry;
  }

  static String responseName(ServedCall served) {
    return switch (served.outcome()) {
      case EXAMPLE -> served.example().name();
      case SERVER_RESPONSE -> "Server response";
      case UNMATCHED -> "No matching requests";
      case ERROR -> firstLine(served.report());
      case CORS -> "CORS preflight";
      case PROXIED ->
          served.report().isEmpty() ? "Recorded from the target" : firstLine(served.report());
    };
  }

  private static ObjectNode request(HttpCall call, CallLogQuery query) {
    ObjectNode request = JSON.createObjectNode();
    request.put("method", call.method());
    request.put("path", call.path());
    request.put("query", call.rawQuery());
    if (query.include().contains("request.headers")) {
      request.set("headers", headers(call.headers()));
    }
    if (query.include().contains("request.body")) {
      ObjectNode body = request.putObject("body");
      body.put("mode", mode(call));
      body.put("data", call.bodyText());
    }
    return request;
  }

  private static String mode(HttpCall call) {
    String media = call.mediaType();
    if (media.equals("application/x-www-form-urlencoded")) {
      return "urlencoded";
    }
    return media.startsWith("multipart/form-data") ? "formdata" : "raw";
  }

  private static ObjectNode response(ServedCall served, CallLogQuery query) {
    ObjectNode response = JSON.createObjectNode();
    response.put("type", type(served));
    response.put("statusCode", served.response().status());
    if (query.include().contains("response.headers")) {
      response.set("headers", headers(served.response().headers()));
    }
    if (query.include().contains("response.body")) {
      response
          .putObject("body")
          .put("data", new String(served.response().body(), StandardCharsets.UTF_8));
    }
    return response;
  }

  private static ArrayNode headers(List<Header> headers) {
    ArrayNode out = JSON.createArrayNode();
    for (Header h : headers) {
      out.addObject().put("key", h.key()).put("value", h.value());
    }
    return out;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  static byte[] bytes(ObjectNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }
}
