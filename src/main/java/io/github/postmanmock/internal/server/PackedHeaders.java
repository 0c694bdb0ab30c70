package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.Header;
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
    int size = 0;
    for (Header h : headers) {
      size += sizeOf(h.key()) + sizeOf(h.value());
    }
    byte[] out = new byte[size];
    int at = 0;
    for (Header h : headers) {
      at = put(out, at, h.key());
      at = put(out, at, h.value());
    }
    return out;
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

  /** The bytes {@code text} takes packed: its length's and its own. */
  private static int sizeOf(String text) {
    int n = utf8Length(text);
    int lengthBytes = 1;
    for (int rest = n >>> 7; rest != 0; rest >>>= 7) {
      lengthBytes++;
    }
    return lengthBytes + n;
  }

  /** Write {@code text} at {@code at}, as a length then UTF-8; return where the next goes. */
  private static int put(byte[] out, int at, String text) {
    int n = utf8Length(text);
    int rest = n;
    while (rest >= 0x80) {
      out[at++] = (byte) ((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    out[at++] = (byte) rest;
    if (isAscii(text)) {
      for (int i = 0; i < n; i++) {
        out[at++] = (byte) text.charAt(i);
      }
    } else {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      System.arraycopy(bytes, 0, out, at, bytes.length);
      at += bytes.length;
    }
    return at;
  }

  /** The UTF-8 length of {@code text}: its length when it is all ASCII, as headers mostly are. */
  private static int utf8Length(String text) {
    return isAscii(text) ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
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
