package io.github.postmanmock.internal.model;

import java.util.Objects;

/** One header line of an example request or response, as saved in the collection. */
public record Header(String key, String value, boolean disabled) {
  public Header {
    Objects.requireNonNull(key, "key");
    value = value == null ? "" : value;
  }

  public static Header of(String key, String value) {
    return new Header(key, value, false);
  }
}
