package io.github.postmanmock.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Talks to a server over a raw loopback socket and returns the bytes it wrote, as they came. */
final class RawClient {
  private RawClient() {}

  /**
   * Send {@code request}, end the sending side (as a client does once its request is out) and read
   * until the server closes the connection; fail when it keeps it open past {@code timeoutMillis}
   * without a byte. A reset ends the answer as a close does.
   */
  static byte[] exchange(int port, byte[] request, int timeoutMillis) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(timeoutMillis);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      return readAll(socket.getInputStream());
    }
  }

  static String exchange(int port, String request) throws IOException {
    byte[] answer = exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), 15_000);
    return new String(answer, StandardCharsets.ISO_8859_1);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException stillOpen) {
      throw new AssertionError(
          "The server kept the connection open after answering: " + out, stillOpen);
    } catch (SocketException reset) {
      // the server reset the connection: what came so far is the answer
    }
    return out.toByteArray();
  }
}
