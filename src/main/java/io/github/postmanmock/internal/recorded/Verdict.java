package io.github.postmanmock.internal.recorded;

import io.github.postmanmock.internal.model.ExampleNames;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.server.LoggedCall;
import io.github.postmanmock.internal.server.ServedCall.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a logged call was answered: by which example and rule, or why nothing matched; and the call
 * in one line for failure messages.
 *
 * @param call the logged call, not null
 */
public record Verdict(LoggedCall call) {
  /** Whether an example, or the active server response, answered. */
  public boolean matched() {
    return call.outcome() == Outcome.EXAMPLE || call.outcome() == Outcome.SERVER_RESPONSE;
  }

  /** Whether no example answered a call one should have: not a preflight, not forwarded. */
  public boolean unanswered() {
    return !matched() && !corsPreflight() && !proxied();
  }

  /** Whether this was a CORS preflight the mock answered by itself. */
  public boolean corsPreflight() {
    return call.outcome() == Outcome.CORS;
  }

  /** Whether the call was forwarded to a real service (record mode, passthrough). */
  public boolean proxied() {
    return call.outcome() == Outcome.PROXIED;
  }

  /** The example that answered, if one did. */
  public Optional<MockExample> example() {
    return Optional.ofNullable(call.example());
  }

  /**
   * Whether the example {@code key} names (see {@link ExampleNames}) answered; {@code examples} are
   * those of mock {@code mock}, where the key must name one example.
   */
  public boolean answeredBy(String key, List<MockExample> examples, String mock) {
    Objects.requireNonNull(key, "example");
    ExampleNames.requireUnambiguous(key, examples, mock);
    return example().map(e -> ExampleNames.names(key, e)).orElse(false);
  }

  /** Where the example that answered sits: {@code Pets / Get pet / Rex}. */
  public Optional<String> location() {
    return example()
        .map(
            e -> {
              List<String> parts = new ArrayList<>(e.itemPath());
              parts.add(e.name());
              return String.join(" / ", parts);
            });
  }

  /** The chosen example's score, if one was chosen. */
  public OptionalDouble score() {
    return Double.isNaN(call.score()) ? OptionalDouble.empty() : OptionalDouble.of(call.score());
  }

  /** The rule that chose the example, by name. */
  public Optional<String> rule() {
    return Optional.ofNullable(call.rule()).map(Enum::name);
  }

  /** {@code GET /pets/1 -> 200 (example "Rex")}. */
  public String oneLine() {
    String target = call.path() + (call.rawQuery().isEmpty() ? "" : "?" + call.rawQuery());
    return call.method() + " " + target + " -> " + call.status() + " (" + explanation() + ")";
  }

  private String explanation() {
    return switch (call.outcome()) {
      case EXAMPLE -> "example \"" + call.example().name() + "\"";
      case SERVER_RESPONSE -> "server response";
      case UNMATCHED -> "no matching example";
      case ERROR -> firstLine(call.report());
      case CORS -> "CORS preflight answered by the mock";
      case PROXIED ->
          call.report().isEmpty() ? "recorded from the target" : firstLine(call.report());
    };
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
