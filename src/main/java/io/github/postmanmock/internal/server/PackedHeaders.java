package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.Header;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Header lists packed into one byte array for the call log: each name and value as a length
 * (unsigned LEB128) followed by its UTF-8 bytes. Ten headers kept as objects cost about a kilobyte
 * of small objects per call; packed they cost their text plus one array header. Unpacking gives
 * back the same names and values, in order.
 */
final class PackedHeaders {
  static final byte[] NONE = new byte[0];

  private PackedHeaders() {}

  static byte[] pack(List<Header> headers) {
    if (headers.isEmpty()) {
      return NONE;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * headers.size());
    for (Header h : headers) {
      write(out, h.key());
      write(out, h.value());
    }
    return out.toByteArray();
  }

  static List<Header> unpack(byte[] packed) {
    List<Header> headers = new ArrayList<>();
    int[] at = {0};
    while (at[0] < packed.length) {
      String key = read(packed, at);
      String value = read(packed, at);
      headers.add(Header.of(key, value));
    }
    return headers;
  }

  /** The first value of header {@code name} (case-insensitive), or {@code null}. */
  static String first(byte[] packed, String name) {
    int[] at = {0};
    while (at[0] < packed.length) {
      String key = read(packed, at);
      String value = read(packed, at);
      if (key.equalsIgnoreCase(name)) {
        return value;
      }
    }
    return null;
  }

  private static void write(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    while (n >= 0x80) {
      out.write((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    out.write(n);
    out.write(bytes, 0, bytes.length);
  }

  private static String read(byte[] packed, int[] at) {
    int n = 0;
    int shift = 0;
    int b;
    do {
      b = packed[at[0]++] & 0xff;
      n |= (b & 0x7f) << shift;
      shift += 7;
    } while (b >= 0x80);
    String text = new String(packed, at[0], n, StandardCharsets.UTF_8);
    at[0] += n;
    return text;
  }
}
