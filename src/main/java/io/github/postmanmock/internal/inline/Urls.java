package io.github.postmanmock.internal.inline;

import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import java.util.Objects;

/** Turns the URL given to {@code Examples} into the model URL, with the loader's parser. */
public final class Urls {
  private Urls() {}

  /** A path such as {@code /pets/{{id}}?limit=2}; it must start with {@code /}. */
  public static Url path(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/' but was [" + path + "]");
    }
    return UrlParser.parse(path);
  }

  /**
   * A path, or a URL with a scheme ({@code https://...}) or a variable host ({@code
   * {{baseUrl}}/...}).
   */
  public static Url url(String url) {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("/") && !url.startsWith("{{") && !url.contains("://")) {
      throw new IllegalArgumentException(
          "url must start with '/', a variable such as '{{baseUrl}}' or a scheme such as"
              + " 'https://' but was ["
              + url
              + "]");
    }
    return UrlParser.parse(url);
  }

  /**
   * {@code raw} with one more query parameter appended, for messages and {@code MockExample.url()}.
   */
  public static String withQuery(String raw, String key, String value) {
    String piece = value == null ? key : key + "=" + value;
    int hash = raw.indexOf('#');
    String head = hash < 0 ? raw : raw.substring(0, hash);
    String tail = hash < 0 ? "" : raw.substring(hash);
    String separator =
        head.indexOf('?') < 0 ? "?" : head.endsWith("?") || head.endsWith("&") ? "" : "&";
    return head + separator + piece + tail;
  }
}
