package io.github.postmanmock.internal.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The few ASN.1 DER encodings an X.509 certificate needs (ITU-T X.690): each method returns one
 * complete tag-length-value element, so elements nest by passing them to {@link #sequence}.
 */
final class Der {
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

  private Der() {}

  static byte[] sequence(byte[]... elements) {
    return element(0x30, concat(elements));
  }

  static byte[] set(byte[]... elements) {
    return element(0x31, concat(elements));
  }

  static byte[] integer(BigInteger value) {
    return element(0x02, value.toByteArray());
  }

  /** An object identifier written with dots, such as {@code 2.5.29.17}. */
  static byte[] oid(String dotted) {
    String[] parts = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
    for (int i = 2; i < parts.length; i++) {
      long arc = Long.parseLong(parts[i]);
      int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
      for (int g = groups - 1; g >= 0; g--) {
        int seven = (int) ((arc >>> (7 * g)) & 0x7f);
        out.write(g == 0 ? seven : seven | 0x80);
      }
    }
    return element(0x06, out.toByteArray());
  }

  static byte[] utf8(String text) {
    return element(0x0c, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A UTCTime, valid for years 1950 to 2049 (RFC 5280 §4.1.2.5). */
  static byte[] utcTime(ZonedDateTime time) {
    String text = time.withZoneSameInstant(ZoneOffset.UTC).format(UTC_TIME);
    return element(0x17, text.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] octets(byte[] content) {
    return element(0x04, content);
  }

  /** A BIT STRING of whole bytes (no unused bits). */
  static byte[] bits(byte[] content) {
    return element(0x03, concat(new byte[] {0}, content));
  }

  /** A context-specific constructed element {@code [n] EXPLICIT}, wrapping {@code inner}. */
  static byte[] explicit(int n, byte[] inner) {
    return element(0xa0 | n, inner);
  }

  /** A context-specific primitive element {@code [n] IMPLICIT} holding {@code content}. */
  static byte[] implicit(int n, byte[] content) {
    return element(0x80 | n, content);
  }

  static byte[] element(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      byte[] digits = BigInteger.valueOf(length).toByteArray();
      int start = digits[0] == 0 ? 1 : 0;
      out.write(0x80 | (digits.length - start));
      out.write(digits, start, digits.length - start);
    }
    out.write(content, 0, length);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }
}
