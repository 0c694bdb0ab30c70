package io.github.postmanmock.internal.server;

import java.time.Duration;

/**
 * Decides how long a delayed response really waits. The server never sleeps on a handler thread: it
 * answers after that time from a timer, and a close ends every pending wait at once. Tests use
 * their own sleeper to see the delays asked for without waiting for them.
 */
@FunctionalInterface
public interface Sleeper {
  /** Waits the whole delay on the real clock. */
  Sleeper REAL = asked -> asked;

  /**
   * How long to wait before answering a call whose delay is {@code asked}; called once per delayed
   * call, when its wait begins.
   *
   * @return the time to wait, {@link Duration#ZERO} to answer at once
   */
  Duration waitFor(Duration asked);
}
