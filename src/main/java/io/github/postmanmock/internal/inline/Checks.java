package io.github.postmanmock.internal.inline;

import io.github.postmanmock.internal.model.BodyMode;
import java.util.Locale;
import java.util.regex.Pattern;

/** Argument checks of the example builder, with the messages users see. */
public final class Checks {
  /** An HTTP method is an RFC 9110 token. */
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private Checks() {}

  public static String method(String method) {
    if (method == null || !TOKEN.matcher(method).matches()) {
      throw new IllegalArgumentException(
          "method must be an HTTP method such as GET or PURGE but was [" + quoted(method) + "]");
    }
    return method.toUpperCase(Locale.ROOT);
  }

  public static int status(int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException(
          "status must be an HTTP status code from 100 to 999 but was [" + status + "]");
    }
    return status;
  }

  public static String headerName(String name) {
    if (name == null || !TOKEN.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "header name must be a token such as X-Role but was [" + quoted(name) + "]");
    }
    return name;
  }

  public static String notBlank(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          what + " must not be blank but was [" + quoted(value) + "]");
    }
    return value;
  }

  public static String describe(BodyMode mode) {
    return switch (mode) {
      case RAW -> "raw text (jsonBody or textBody)";
      case URLENCODED -> "a urlencoded form (formBody)";
      case FORMDATA -> "a multipart form (multipartField)";
      case GRAPHQL -> "a GraphQL query (graphqlBody)";
      default -> mode.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
