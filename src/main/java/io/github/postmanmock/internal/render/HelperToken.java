package io.github.postmanmock.internal.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed template-helper token such as {@code $body 'user.name' 'John Doe'}: which helper, and
 * its zero to two arguments with quotes removed.
 *
 * @param helper the helper named at the start of the token
 * @param args the arguments: an object path, then a default value
 */
record HelperToken(Helper helper, List<String> args) {
  HelperToken {
    args = List.copyOf(args);
  }

  /** The four helpers of SPEC §3.5. */
  enum Helper {
    BODY("$body"),
    QUERY_PARAMS("$queryParams"),
    PATH_SEGMENTS("$pathSegments"),
    HEADERS("$headers");

    final String token;

    Helper(String token) {
      this.token = token;
    }

    /** Return the helper that {@code content} starts with (then a space or its end), or null. */
    static Helper startingWith(String content) {
      for (Helper helper : values()) {
        if (content.startsWith(helper.token)
            && (content.length() == helper.token.length()
                || Character.isWhitespace(content.charAt(helper.token.length())))) {
          return helper;
        }
      }
      return null;
    }
  }

  /** Return the path argument, or null when there is none. */
  String path() {
    return args.isEmpty() ? null : args.get(0);
  }

  /** Return the default argument, or null when there is none. */
  String fallback() {
    return args.size() < 2 ? null : args.get(1);
  }

  /**
   * Parse the text between {@code {{} and {@code }}}; return null when it names no helper or is
   * malformed (an unclosed quote, text glued to a closing quote, more than two arguments).
   *
   * <p>Arguments are quoted with {@code '} or {@code "}, or bare words without spaces. Inside
   * quotes, a backslash before the quote character makes it literal; every other backslash is kept
   * so that {@code \.} reaches the object path intact.
   */
  static HelperToken parse(String content) {
    Helper helper = Helper.startingWith(content);
    if (helper == null) {
      return null;
    }
    List<String> args = new ArrayList<>();
    int i = helper.token.length();
    int n = content.length();
    while (true) {
      while (i < n && Character.isWhitespace(content.charAt(i))) {
        i++;
      }
      if (i == n) {
        return args.size() <= 2 ? new HelperToken(helper, args) : null;
      }
      StringBuilder arg = new StringBuilder();
      i = readArgument(content, i, arg);
      if (i < 0) {
        return null;
      }
      args.add(arg.toString());
    }
  }

  /** Read one argument starting at {@code start}; return the index after it, or -1 if malformed. */
  private static int readArgument(String content, int start, StringBuilder arg) {
    int n = content.length();
    char quote = content.charAt(start);
    if (quote != '\'' && quote != '"') {
      int i = start;
      while (i < n && !Character.isWhitespace(content.charAt(i))) {
        char c = content.charAt(i++);
        if (c == '\'' || c == '"') {
          return -1;
        }
        arg.append(c);
      }
      return i;
    }
    for (int i = start + 1; i < n; i++) {
      char c = content.charAt(i);
      if (c == '\\' && i + 1 < n && content.charAt(i + 1) == quote) {
        arg.append(quote);
        i++;
      } else if (c == quote) {
        boolean separated = i + 1 == n || Character.isWhitespace(content.charAt(i + 1));
        return separated ? i + 1 : -1;
      } else {
        arg.append(c);
      }
    }
    return -1;
  }
}
