package io.github.postmanmock.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a URL string into host, path and query the way Postman's URL parser does (SPEC §1.4).
 *
 * <p>The parser is deliberately naive, because Postman's is: a string with no scheme and no leading
 * slash, such as {@code users/1}, has the host {@code users} and the path {@code [1]}. Variable
 * tokens are masked first so that {@code /}, {@code ?} or {@code #} inside {@code {{name}}} never
 * split the URL.
 */
public final class UrlParser {
  private static final char MASK = '\u0000';

  /** A {@code {{name}}} token, or a literal mask character, which is masked like a token. */
  private static final Pattern TOKEN = Pattern.compile("\\{\\{[^{}]*?}}|\u0000");

  private UrlParser() {}

  /** Parse {@code raw} into a URL without path variables. */
  public static Url parse(String raw) {
    List<String> tokens = new ArrayList<>();
    String text = mask(stripLeading(raw), tokens);

    int hash = text.indexOf('#');
    if (hash >= 0) {
      text = text.substring(0, hash);
    }
    List<QueryParam> query = List.of();
    int question = text.indexOf('?');
    if (question >= 0) {
      query = parseQuery(unmask(text.substring(question + 1), tokens));
      text = text.substring(0, question);
    }
    text = text.replace('\\', '/');
    int scheme = text.indexOf("://");
    if (scheme >= 0) {
      text = text.substring(scheme + 3);
      while (text.startsWith("/")) {
        text = text.substring(1);
      }
    }
    int slash = text.indexOf('/');
    String host = slash < 0 ? text : text.substring(0, slash);
    List<String> path = new ArrayList<>();
    if (slash >= 0) {
      for (String segment : text.substring(slash + 1).split("/", -1)) {
        path.add(unmask(segment, tokens));
      }
    }
    return new Url(raw, unmask(host, tokens), path, query, List.of());
  }

  /**
   * Parse a query string ({@code a=1&b&c=}) into parameters; an empty piece between two {@code &}
   * becomes a parameter with a null key and value, as in Postman.
   */
  public static List<QueryParam> parseQuery(String query) {
    List<QueryParam> params = new ArrayList<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    String[] pieces = query.split("&", -1);
    for (int i = 0; i < pieces.length; i++) {
      String piece = pieces[i];
      if (piece.isEmpty()) {
        if (i < pieces.length - 1) {
          params.add(new QueryParam(null, null, false));
        }
        continue;
      }
      int eq = piece.indexOf('=');
      params.add(
          eq < 0
              ? QueryParam.of(piece, null)
              : QueryParam.of(piece.substring(0, eq), piece.substring(eq + 1)));
    }
    return params;
  }

  private static String stripLeading(String raw) {
    int i = 0;
    while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
      i++;
    }
    return raw.substring(i);
  }

  private static String mask(String text, List<String> tokens) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      tokens.add(m.group());
      m.appendReplacement(out, "");
      out.append(MASK).append(tokens.size() - 1).append(MASK);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String unmask(String text, List<String> tokens) {
    if (text.indexOf(MASK) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = c == MASK ? text.indexOf(MASK, i + 1) : -1;
      if (end > i) {
        out.append(tokens.get(Integer.parseInt(text.substring(i + 1, end))));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
