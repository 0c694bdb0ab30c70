package io.github.postmanmock.standalone;

import io.github.postmanmock.MockServer;

/**
 * Wires the options whose server side is still being added to {@link MockServer} (a response delay
 * and the CORS mode). Until the builder offers them, asking for them is a usage error rather than a
 * silently ignored option.
 */
final class Features {
  private Features() {}

  static void apply(Arguments arguments, MockServer.Builder builder) {
    if (arguments.delayMillis().isPresent()) {
      throw notYet("--delay");
    }
    if (arguments.cors().isPresent()) {
      throw notYet("--cors");
    }
  }

  private static Arguments.UsageException notYet(String option) {
    return new Arguments.UsageException(
        "Option [" + option + "] is not supported yet by this build of postman-mock; leave it out");
  }
}
