package io.github.postmanmock.internal.inline;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The response body of an inline example: text with a preview language, or bytes sent as they are,
 * and the {@code Content-Type} it implies.
 *
 * @param text the body text, or {@code null} for no body or a binary body
 * @param language {@code _postman_previewlanguage}: {@code json}, {@code text}, ...; or null
 * @param bytes the binary body, or {@code null}
 * @param contentType the {@code Content-Type} added when no header gives one, or {@code null}
 */
public record ResponseContent(String text, String language, byte[] bytes, String contentType) {
  public static final ResponseContent NONE = new ResponseContent(null, null, null, null);

  public static ResponseContent text(String text, String language) {
    if (text == null) {
      return NONE;
    }
    String type =
        language == null
            ? null
            : switch (language) {
              case "json" -> "application/json";
              case "xml" -> "application/xml";
              case "html" -> "text/html; charset=utf-8";
              default -> "text/plain; charset=utf-8";
            };
    return new ResponseContent(text, language, null, type);
  }

  public static ResponseContent binary(byte[] bytes) {
    return binary(bytes, "application/octet-stream");
  }

  private static ResponseContent binary(byte[] bytes, String contentType) {
    return new ResponseContent(null, null, bytes, contentType);
  }

  public static ResponseContent fromFile(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException missing) {
      throw new IllegalArgumentException(
          "body file [" + file.toAbsolutePath() + "] does not exist", missing);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "body file [" + file.toAbsolutePath() + "] cannot be read: " + e, e);
    }
    Path name = file.getFileName();
    return of(name == null ? "" : name.toString(), bytes);
  }

  public static ResponseContent fromResource(String resource) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ResponseContent.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "body resource ["
                + resource
                + "] was not found on the class path; put it under src/test/resources");
      }
      return of(path, in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "body resource [" + resource + "] cannot be read: " + e, e);
    }
  }

  /** UTF-8 text is a text body whose language follows the file extension; the rest is binary. */
  private static ResponseContent of(String fileName, byte[] bytes) {
    String text = Utf8.decodeOrNull(bytes);
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (text == null) {
      String guessed = URLConnection.guessContentTypeFromName(lower);
      return binary(bytes, guessed == null ? "application/octet-stream" : guessed);
    }
    String language =
        lower.endsWith(".json")
            ? "json"
            : lower.endsWith(".xml") ? "xml" : lower.matches(".*\\.html?") ? "html" : "text";
    return text(text, language);
  }

  /** {@code headers} plus a {@code Content-Type} for this body when none of them gives one. */
  public List<Header> withContentType(List<Header> headers) {
    List<Header> all = new ArrayList<>(headers);
    if (contentType != null && !hasContentType(headers)) {
      all.add(Header.of("Content-Type", contentType));
    }
    return all;
  }

  public boolean addsContentType(List<Header> headers) {
    return contentType != null && !hasContentType(headers);
  }

  private static boolean hasContentType(List<Header> headers) {
    return headers.stream()
        .anyMatch(h -> !h.disabled() && h.key().equalsIgnoreCase("Content-Type"));
  }
}
