package io.github.postmanmock.internal.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a response so that the JDK server's books on the connection stay right whatever the client
 * did: the connection is always closed or handed back, never left open and forgotten.
 *
 * <ul>
 *   <li>A normal response ends the exchange the usual way, and the connection may be kept alive.
 *   <li>When the write fails (the client has gone), the body stream is left open, so that closing
 *       the exchange closes the connection; closing the stream first would leave it open.
 *   <li>When the request could not be read to its end (a broken chunked body, a body cut short),
 *       the JDK must not be told the exchange ended: it would find the request unfinished, and
 *       under {@code -ea} its dispatcher thread dies of an {@code AssertionError}. The answer is
 *       written with {@code Connection: close}, then the connection is abandoned: closed without
 *       ending the exchange.
 * </ul>
 */
final class AnswerWriter {
  private AnswerWriter() {}

  /**
   * Send {@code status} with {@code body} (none when {@code noBody}) on {@code exchange}; {@code
   * requestBroken} when the request body could not be read to its end.
   */
  static void write(
      HttpExchange exchange, int status, byte[] body, boolean noBody, boolean requestBroken)
      throws IOException {
    if (requestBroken) {
      writeAndAbandon(exchange, status, noBody ? new byte[0] : body);
      return;
    }
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      OutputStream out = exchange.getResponseBody();
      out.write(body);
      out.close();
    }
  }

  private static void writeAndAbandon(HttpExchange exchange, int status, byte[] body)
      throws IOException {
    if (body.length == 0) {
      // nothing to say without ending the exchange: close the connection unanswered
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Connection", "close");
    exchange.sendResponseHeaders(status, body.length);
    OutputStream out = exchange.getResponseBody();
    try {
      out.write(body);
      out.flush();
    } finally {
      exchange.setStreams(null, new Abandoned());
      exchange.close();
    }
  }

  /**
   * Stands in for the response stream of an abandoned exchange: closing the exchange closes this
   * stream, which fails, and the JDK then closes the connection instead of ending the exchange.
   */
  private static final class Abandoned extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("The connection was abandoned");
    }

    @Override
    public void close() throws IOException {
      throw new IOException("The connection was abandoned");
    }
  }
}
