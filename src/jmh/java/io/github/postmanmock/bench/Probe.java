package io.github.postmanmock.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The smallest HTTP client: one GET on a new connection, status and body length checked. */
final class Probe {
  private Probe() {}

  /** Send {@code GET path} to 127.0.0.1:{@code port} and fail unless the answer is a 200. */
  static void get(int port, String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String head = head(in);
      if (!head.startsWith("HTTP/1.1 200")) {
        throw new IOException("expected a 200 from [" + port + path + "] but got [" + head + "]");
      }
      // Read the body by its length: not every peer closes the connection when asked to.
      int length = contentLength(head);
      byte[] body = length < 0 ? in.readAllBytes() : in.readNBytes(length);
      if (body.length == 0 || (length >= 0 && body.length != length)) {
        throw new IOException("short body from [" + port + path + "]");
      }
    }
  }

  private static String head(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection closed before the end of the headers: " + head);
      }
      head.append((char) b);
    }
    return head.toString();
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).trim());
      }
    }
    return -1; // then the body ends when the server closes the connection
  }
}
