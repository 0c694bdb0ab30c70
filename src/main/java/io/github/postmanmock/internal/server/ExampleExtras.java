package io.github.postmanmock.internal.server;

import java.time.Duration;
import java.util.Objects;

/**
 * What an inline example adds to its model example: a delay before answering and a binary body sent
 * instead of the rendered text body.
 *
 * @param delay how long to wait before answering; zero for none
 * @param body the bytes to send as they are, or {@code null} to send the rendered body
 */
public record ExampleExtras(Duration delay, byte[] body) {
  public static final ExampleExtras NONE = new ExampleExtras(Duration.ZERO, null);

  public ExampleExtras {
    Objects.requireNonNull(delay, "delay");
  }
}
