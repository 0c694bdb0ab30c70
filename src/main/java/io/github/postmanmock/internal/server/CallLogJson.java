package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the call log in the shape of Postman's call-log API (SPEC §6.1): {@code {"call-logs":
 * [...], "meta": {"nextCursor": ...}}}, newest first. Each entry carries Postman's fields ({@code
 * id}, {@code responseName}, {@code servedAt}, {@code request}, {@code response}) and a few of ours
 * ({@code outcome}, {@code exampleId}, {@code location}, {@code rule}, {@code score}, {@code
 * delayMillis}, the {@code notes} on a call that did not stop it, such as an ignored delay header,
 * and, for calls no example answered, the near-miss {@code report}). A body the log cut ({@code
 * docs/design/0006-call-log-memory.md}) says so with {@code truncated} and its whole {@code size};
 * {@code meta.droppedCalls} counts the oldest calls the log dropped. {@code meta.total} counts the
 * calls the filters keep and {@code meta.latestCursor} names the newest of them: asking again with
 * it and {@code direction=asc} returns only the newer calls.
 */
final class CallLogJson {

  private CallLogJson() {}

  /** One page of {@code calls} (in any order) as {@code query} asks. */
  /** Always three fraction digits: {@code Instant.toString()} drops a zero fraction. */
  private static final DateTimeFormatter MILLIS_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  static ObjectNode page(List<LoggedCall> calls, CallLogQuery query, long dropped) {
    Comparator<LoggedCall> order = Comparator.comparingLong(LoggedCall::sequence);
    List<LoggedCall> matching = calls.stream().filter(query.filter()).toList();
    List<LoggedCall> selected =
        matching.stream()
            .filter(query::afterCursor)
            .sorted(query.ascending() ? order : order.reversed())
            .toList();
    List<LoggedCall> shown = selected.subList(0, Math.min(query.limit(), selected.size()));
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode entries = root.putArray("call-logs");
    for (LoggedCall call : shown) {
      entries.add(entry(call, query));
    }
    ObjectNode meta = root.putObject("meta");
    if (selected.size() > shown.size()) {
      meta.put("nextCursor", CallLogQuery.cursorFor(shown.get(shown.size() - 1).sequence()));
    } else {
      meta.putNull("nextCursor");
    }
    meta.put("total", matching.size()); // the same on every page: the cursor only pages
    meta.put("droppedCalls", dropped);
    // Polling with direction=asc and this cursor returns only the calls that came after it.
    long latest = matching.stream().mapToLong(LoggedCall::sequence).max().orElse(0);
    if (latest > 0) {
      meta.put("latestCursor", CallLogQuery.cursorFor(latest));
    } else {
      meta.putNull("latestCursor");
    }
    return root;
  }

  /** Postman's {@code response.type} for a call: how the response was chosen. */
  static String type(LoggedCall call) {
    return switch (call.outcome()) {
      case EXAMPLE -> "collectionExample";
      case SERVER_RESPONSE -> "serverResponse";
      case UNMATCHED, ERROR -> "error";
      case CORS -> "cors";
      case PROXIED -> "recorded";
    };
  }

  static ObjectNode entry(LoggedCall served, CallLogQuery query) {
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.put("id", Long.toString(served.sequence()));
    entry.put("responseName", responseName(served));
    entry.put("servedAt", MILLIS_UTC.format(served.servedAt()));
    entry.set("request", request(served, query));
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
    entry.put("latencyMillis", served.took().toMillis());
    if (!served.explanation().isEmpty()) {
      entry.put("report", served.report());
    }
    if (!served.notes().isEmpty()) {
      ArrayNode notes = entry.putArray("notes");
      served.notes().forEach(notes::add);
    }
    return entry;
  }

  static String responseName(LoggedCall served) {
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

  private static ObjectNode request(LoggedCall served, CallLogQuery query) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.put("method", served.method());
    request.put("path", served.path());
    request.put("query", served.rawQuery());
    if (query.include().contains("request.headers")) {
      request.set("headers", headers(served.requestHeaders()));
    }
    if (query.include().contains("request.body")) {
      HttpCall call = served.call();
      ObjectNode body = request.putObject("body");
      body.put("mode", mode(call));
      body.put("data", call.bodyText());
      cut(body, served.requestBody());
    }
    return request;
  }

  /** Say that the log kept only the beginning of a body, and how long the body was. */
  private static void cut(ObjectNode body, StoredBody stored) {
    if (stored.truncated()) {
      body.put("truncated", true);
      body.put("size", stored.size());
    }
  }

  private static String mode(HttpCall call) {
    String media = call.mediaType();
    if (media.equals("application/x-www-form-urlencoded")) {
      return "urlencoded";
    }
    return media.startsWith("multipart/form-data") ? "formdata" : "raw";
  }

  private static ObjectNode response(LoggedCall served, CallLogQuery query) {
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    response.put("type", type(served));
    response.put("statusCode", served.status());
    if (query.include().contains("response.headers")) {
      response.set("headers", headers(served.responseHeaders()));
    }
    if (query.include().contains("response.body")) {
      StoredBody stored = served.responseBody();
      ObjectNode body = response.putObject("body");
      body.put("data", new String(stored.bytes(), StandardCharsets.UTF_8));
      cut(body, stored);
    }
    return response;
  }

  private static ArrayNode headers(List<Header> headers) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
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
