package io.github.postmanmock.internal.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text fields of a {@code multipart/form-data} body; file parts are skipped. */
final class Multipart {
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary\\s*=\\s*(\"([^\"]*)\"|([^;\\s]+))");
  private static final Pattern NAME = Pattern.compile("(?i)\\bname\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename\\*?\\s*=");

  private Multipart() {}

  /** The {@code name=value} text fields, or {@code null} when there is no boundary. */
  static List<String> textFields(String contentType, String body) {
    if (contentType == null) {
      return null;
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    String delimiter = "--" + (m.group(2) != null ? m.group(2) : m.group(3));
    List<String> fields = new ArrayList<>();
    String[] parts = body.split(Pattern.quote(delimiter), -1);
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.startsWith("--")) {
        break;
      }
      String field = field(part);
      if (field != null) {
        fields.add(field);
      }
    }
    return fields;
  }

  private static String field(String part) {
    String p =
        part.startsWith("\r\n")
            ? part.substring(2)
            : part.startsWith("\n") ? part.substring(1) : part;
    int split = p.indexOf("\r\n\r\n");
    int skip = 4;
    if (split < 0) {
      split = p.indexOf("\n\n");
      skip = 2;
    }
    if (split < 0) {
      return null;
    }
    String headers = p.substring(0, split);
    String value = p.substring(split + skip);
    if (value.endsWith("\r\n")) {
      value = value.substring(0, value.length() - 2);
    } else if (value.endsWith("\n")) {
      value = value.substring(0, value.length() - 1);
    }
    for (String line : headers.split("\r?\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        Matcher name = NAME.matcher(line);
        if (FILENAME.matcher(line).find() || !name.find()) {
          return null;
        }
        return name.group(1) + "=" + value;
      }
    }
    return null;
  }
}
