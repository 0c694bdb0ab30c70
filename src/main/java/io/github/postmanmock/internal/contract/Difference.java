package io.github.postmanmock.internal.contract;

import java.util.Objects;

/**
 * One way the real answer differs from the example.
 *
 * @param pointer where: {@code status}, {@code content-type}, {@code body} for the whole body, or a
 *     JSON pointer into the body such as {@code /items/0/qty}
 * @param expected what the example has ({@code number}, {@code 404}, {@code nothing}, ...)
 * @param actual what the service answered
 */
public record Difference(String pointer, String expected, String actual) {
  public static final String STATUS = "status";
  public static final String MEDIA_TYPE = "content-type";
  public static final String BODY = "body";

  public Difference {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  @Override
  public String toString() {
    return pointer + ": expected " + expected + ", found " + actual;
  }
}
