package io.github.postmanmock.internal.contract;

/** What checking one example came to. */
public enum Outcome {
  /** The service answered as the example says. */
  OK,
  /** The service answered otherwise, or not at all. */
  DRIFT,
  /** The example was not sent; the reason says why. */
  SKIPPED
}
