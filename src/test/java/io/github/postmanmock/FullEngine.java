package io.github.postmanmock;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the full matching engine is merged (probed, as {@code ConformanceTest} does): checks that
 * need wildcards, scores or tie-breaks abort with the reason until it is, and fail after.
 */
public final class FullEngine {
  /** True when a trailing-slash call reaches its example (rule U2), which the placeholder lacks. */
  public static final boolean MERGED =
      MatchEngine.of(
              List.of(Examples.get("/users").respond(200).build().model()),
              Variables.EMPTY,
              MatchOptions.defaults())
          .match(HttpCall.of("GET", "/users/"))
          .matched();

  private FullEngine() {}

  /** Run {@code check}; when it fails without the full engine, abort the test instead. */
  public static void orAbort(String what, Runnable check) {
    try {
      check.run();
    } catch (AssertionError failure) {
      if (!MERGED) {
        Assumptions.abort(what + " needs the matching engine, not merged yet: " + failure);
      }
      throw failure;
    }
  }
}
