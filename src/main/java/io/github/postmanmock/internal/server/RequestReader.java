package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads an exchange into an {@link HttpCall}, enforcing the body limit. */
final class RequestReader {
  /**
   * How much of an oversized body is still read (and dropped) so the client sees the limit's answer
   * (413, or 400 under strict matching) instead of a reset connection.
   */
  private static final long MAX_DRAIN = 256L * 1024 * 1024;

  /**
   * The body of every call without one. Most calls (GET, DELETE) have none, and a read buffer
   * allocated for each of them was over a third of the memory a call allocates: the young
   * collections it caused were the slowest 1% of calls under load.
   */
  private static final byte[] NO_BODY = new byte[0];

  private RequestReader() {}

  /**
   * Thrown when the body is longer than the limit; the rest of the body has been drained, up to
   * {@link #MAX_DRAIN} bytes.
   */
  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean drained;

    TooLarge(boolean drained) {
      super(null, null, false, false);
      this.drained = drained;
    }

    /** Whether the body was read to its end; if not, the connection must be abandoned. */
    boolean drained() {
      return drained;
    }
  }

  /** {@code head} (read by {@link #withoutBody}) with the body: the headers are not read twice. */
  static HttpCall withBody(HttpCall head, HttpExchange exchange, long limit)
      throws IOException, TooLarge {
    return new HttpCall(
        head.method(),
        head.path(),
        head.rawQuery(),
        head.headers(),
        body(exchange.getRequestBody(), limit));
  }

  /** The request headers without a body, for answers given before the body is read. */
  static HttpCall withoutBody(HttpExchange exchange) {
    return new HttpCall(
        method(exchange.getRequestMethod()),
        path(exchange.getRequestURI()),
        exchange.getRequestURI().getRawQuery(),
        headers(exchange),
        null);
  }

  /**
   * The method as sent, the common ones as shared constants: the JDK makes a new string per
   * request, and the call log keeps one per call.
   */
  static String method(String sent) {
    switch (sent) {
      case "GET":
        return "GET";
      case "POST":
        return "POST";
      case "PUT":
        return "PUT";
      case "DELETE":
        return "DELETE";
      case "PATCH":
        return "PATCH";
      case "HEAD":
        return "HEAD";
      case "OPTIONS":
        return "OPTIONS";
      default:
        return sent;
    }
  }

  /**
   * The raw path as the client sent it. A request target such as {@code //orders/5} parses as a
   * network-path reference whose authority is {@code orders}; the authority is put back so the
   * first segment is not lost (the engine then collapses the slashes, SPEC §2.13).
   */
  static String path(URI uri) {
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (uri.getScheme() == null && uri.getRawAuthority() != null) {
      return "//" + uri.getRawAuthority() + rawPath;
    }
    return rawPath.isEmpty() ? "/" : rawPath;
  }

  private static List<Header> headers(HttpExchange exchange) {
    Map<String, List<String>> sent = exchange.getRequestHeaders();
    List<Header> headers = new ArrayList<>(sent.size() + 2);
    for (Map.Entry<String, List<String>> e : sent.entrySet()) {
      for (String value : e.getValue()) {
        headers.add(Header.of(e.getKey(), value));
      }
    }
    return headers;
  }

  private static byte[] body(InputStream in, long limit) throws IOException, TooLarge {
    int first = in.read();
    if (first < 0) {
      return NO_BODY;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(first);
    byte[] buffer = new byte[16 * 1024];
    long total = 1;
    if (limit >= 0 && total > limit) {
      throw new TooLarge(drain(in, buffer, total));
    }
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (limit >= 0 && total > limit) {
        throw new TooLarge(drain(in, buffer, total));
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Read and drop the request body of a call that needs none; {@code false} when it cannot be read
   * to its end (broken, cut short, or longer than {@link #MAX_DRAIN}).
   */
  static boolean discardBody(HttpExchange exchange) {
    try {
      InputStream in = exchange.getRequestBody();
      return in.read() < 0 || drain(in, new byte[8 * 1024], 1);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean drain(InputStream in, byte[] buffer, long total) throws IOException {
    long read = total;
    while (read < MAX_DRAIN) {
      int n = in.read(buffer);
      if (n < 0) {
        return true;
      }
      read += n;
    }
    return false;
  }
}
