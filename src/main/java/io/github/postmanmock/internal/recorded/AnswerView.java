package io.github.postmanmock.internal.recorded;

import io.github.postmanmock.internal.server.LoggedCall;
import io.github.postmanmock.internal.server.StepNote;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of a logged call as it was sent: status, headers, body as the log kept it, and what
 * came with it (the fault asked for, the step of a sequence).
 *
 * @param call the logged call, not null
 */
public record AnswerView(LoggedCall call) {
  /** The headers sent, by name, in order; duplicates kept. */
  public Map<String, List<String>> headers() {
    return HeaderMaps.byName(call.responseHeaders());
  }

  /** The first value of header {@code name} (case-insensitive), if sent. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(call.responseHeader(name));
  }

  /** The body kept, as UTF-8 text. */
  public String bodyText() {
    return new String(call.responseBody().bytes(), StandardCharsets.UTF_8);
  }

  /** The size of the body as rendered. */
  public int bodySize() {
    return call.responseBody().size();
  }

  /** Whether the log kept only the beginning of the body. */
  public boolean bodyTruncated() {
    return call.responseBody().truncated();
  }

  /** The fault header's value, trimmed and upper case ({@code RESET}), if the answer has one. */
  public Optional<String> fault(String header) {
    return header(header).map(v -> v.trim().toUpperCase(Locale.ROOT));
  }

  /** Which step of a sequence answered, from 1; 0 for none. */
  public int step() {
    return StepNote.stepOf(call.notes());
  }
}
