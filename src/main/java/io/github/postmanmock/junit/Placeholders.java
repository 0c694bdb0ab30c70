package io.github.postmanmock.junit;

import java.util.function.UnaryOperator;

/**
 * Fills {@code ${name}} placeholders in an annotation value from system properties, such as {@code
 * "http://localhost:${orders.port}"}; {@code ${name:fallback}} gives a value for an unset property.
 * An unset property without fallback fails with a message naming it.
 */
final class Placeholders {
  private Placeholders() {}

  static String fill(String text, String where) {
    return fill(text, where, System::getProperty);
  }

  static String fill(String text, String where, UnaryOperator<String> properties) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int start = text.indexOf("${", from);
      if (start < 0) {
        return out.append(text, from, text.length()).toString();
      }
      int end = text.indexOf('}', start);
      if (end < 0) {
        throw new IllegalArgumentException(
            where + " has an unclosed placeholder in [" + text + "]: write ${name}");
      }
      String name = text.substring(start + 2, end);
      String fallback = null;
      int colon = name.indexOf(':');
      if (colon >= 0) {
        fallback = name.substring(colon + 1);
        name = name.substring(0, colon);
      }
      String value = properties.apply(name);
      if (value == null && fallback == null) {
        throw new IllegalArgumentException(
            where
                + " uses the system property ["
                + name
                + "] in ["
                + text
                + "] but it is not set; set it (-D"
                + name
                + "=...) before the class runs, or write ${"
                + name
                + ":fallback}");
      }
      out.append(text, from, start).append(value != null ? value : fallback);
      from = end + 1;
    }
  }
}
