package io.github.postmanmock.standalone;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.ServerResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the text after a flag becomes its value. Each reader names the flag as it was typed when the
 * text is not what it needs; checks that belong to the server (ranges, blank keys) are the server
 * builder's, see {@link ServeFlag#read}.
 */
final class FlagValues {
  static final List<String> CORS_MODES = List.of("auto", "examples-only", "off");

  private FlagValues() {}

  static String text(String name, String text) {
    return text;
  }

  static Path path(String name, String text) {
    return Path.of(text);
  }

  static int number(String name, String text) {
    long n = longNumber(name, text);
    if (n != (int) n) {
      throw new UsageException("Option [" + name + "] needs a number but was [" + text + "]");
    }
    return (int) n;
  }

  static long longNumber(String name, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UsageException("Option [" + name + "] needs a number but was [" + text + "]");
    }
  }

  /** A JDK server limit: a whole number of at least 1. */
  static long limit(String name, String text) {
    int n = number(name, text);
    if (n < 1) {
      throw new UsageException("Option [" + name + "] needs a number of at least 1 but was " + n);
    }
    return n;
  }

  static URI uri(String name, String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new UsageException(
          "Option ["
              + name
              + "] needs a URL such as [http://localhost:8080] but was ["
              + text
              + "]");
    }
  }

  static Delay delay(String name, String text) {
    try {
      return Delay.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("Option [" + name + "]: " + e.getMessage());
    }
  }

  static CorsMode cors(String name, String text) {
    String mode = text.toLowerCase(Locale.ROOT).replace('_', '-');
    if (!CORS_MODES.contains(mode)) {
      throw new UsageException(
          "Option [--cors] must be one of " + CORS_MODES + " but was [" + text + "]");
    }
    return CorsMode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** {@code 503} or {@code 503:BODY}; a body starting with { or [ is sent as JSON. */
  static ServerResponse serverResponse(String name, String text) {
    int colon = text.indexOf(':');
    String status = colon < 0 ? text : text.substring(0, colon);
    String body = colon < 0 ? null : text.substring(colon + 1);
    try {
      ServerResponse response = ServerResponse.of(Integer.parseInt(status.trim()));
      if (body == null) {
        return response;
      }
      String t = body.trim();
      return t.startsWith("{") || t.startsWith("[") ? response.json(body) : response.body(body);
    } catch (NumberFormatException e) {
      throw new UsageException(
          "Option ["
              + name
              + "] needs STATUS or STATUS:BODY such as [503:down] but was ["
              + text
              + "]");
    } catch (IllegalArgumentException e) {
      throw new UsageException("Option [" + name + "]: " + e.getMessage());
    }
  }
}
