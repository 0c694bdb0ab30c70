package io.github.postmanmock.internal.model;

/**
 * One query parameter of an example URL. Postman allows a {@code null} key (an empty piece such as
 * {@code a=1&&b=2}) and a {@code null} value ({@code ?flag} without {@code =}).
 */
public record QueryParam(String key, String value, boolean disabled) {
  public static QueryParam of(String key, String value) {
    return new QueryParam(key, value, false);
  }
}
