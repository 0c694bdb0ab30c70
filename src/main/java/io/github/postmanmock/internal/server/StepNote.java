package io.github.postmanmock.internal.server;

import java.util.List;

/** The note that tells which step of a sequence answered a call: {@code "sequence step 2 of 3"}. */
public final class StepNote {
  private static final String PREFIX = "sequence step ";

  private StepNote() {}

  static String of(int step, int steps) {
    return PREFIX + step + " of " + steps;
  }

  /** The step a call's notes name, from 1; 0 when no sequence answered it. */
  public static int stepOf(List<String> notes) {
    for (String note : notes) {
      if (note.startsWith(PREFIX)) {
        return Integer.parseInt(
            note.substring(PREFIX.length(), note.indexOf(' ', PREFIX.length())));
      }
    }
    return 0;
  }
}
