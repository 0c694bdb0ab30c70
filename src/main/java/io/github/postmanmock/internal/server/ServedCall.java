package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.match.Rule;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.render.RenderedResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One call as the server saw and answered it: the raw material of the public call log.
 *
 * @param sequence the arrival number of the call, from 1
 * @param servedAt when the response was sent
 * @param call the request, with the API key masked
 * @param response what was sent
 * @param outcome how the call was answered
 * @param example the example that answered, or {@code null}
 * @param rule the rule that chose it, or {@code null}
 * @param score the winner's score, or {@link Double#NaN}
 * @param explanation why nothing matched (with the closest examples) or what went wrong; empty on a
 *     match
 * @param delay the delay applied before answering
 * @param took the time from the call's arrival to its answer being sent: matching, rendering, the
 *     delay and, for a forwarded call, the real service's time
 * @param notes remarks on the call that did not stop it, such as an ignored delay header
 */
public record ServedCall(
    long sequence,
    Instant servedAt,
    HttpCall call,
    RenderedResponse response,
    Outcome outcome,
    MockExample example,
    Rule rule,
    double score,
    CallReport explanation,
    Duration delay,
    Duration took,
    List<String> notes) {

  public ServedCall {
    Objects.requireNonNull(servedAt, "servedAt");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(took, "took");
    notes = List.copyOf(notes);
  }

  /**
   * Why nothing matched, with the closest examples, or what went wrong; empty on a match. Written
   * on each read for an unmatched call.
   */
  public String report() {
    return explanation.text(call);
  }

  /** A copy sent at {@code sentAt} after {@code applied}, with {@code more} notes. */
  public ServedCall sentAfter(Instant sentAt, Duration applied, List<String> more) {
    return sentAfter(sentAt, applied, more, took);
  }

  /** A copy sent at {@code sentAt} after {@code applied}, {@code took} after it arrived. */
  public ServedCall sentAfter(Instant sentAt, Duration applied, List<String> more, Duration took) {
    List<String> all = notes;
    if (!more.isEmpty()) {
      all = new ArrayList<>(notes);
      all.addAll(more);
    }
    return new ServedCall(
        sequence,
        sentAt,
        call,
        response,
        outcome,
        example,
        rule,
        score,
        explanation,
        applied,
        took,
        all);
  }

  /** The first value of response header {@code name}, or {@code null}. */
  public String responseHeader(String name) {
    for (Header h : response.headers()) {
      if (h.key().equalsIgnoreCase(name)) {
        return h.value();
      }
    }
    return null;
  }

  /** How a call was answered. */
  public enum Outcome {
    /** An example answered. */
    EXAMPLE,
    /** The active server response answered, whatever the examples. */
    SERVER_RESPONSE,
    /** No example matched: 404 with Postman's error envelope. */
    UNMATCHED,
    /** The mock refused the call (too large, unauthorised) or failed while answering it. */
    ERROR,
    /** A CORS preflight the mock answered by itself: neither a match nor an unmatched call. */
    CORS,
    /** Record mode: forwarded to the real service (or answered 502 when it was unreachable). */
    PROXIED
  }
}
