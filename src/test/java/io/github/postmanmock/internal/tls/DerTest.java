package io.github.postmanmock.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The DER encodings against bytes written out by hand from X.690. */
class DerTest {
  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @Test
  void objectIdentifiersPackArcsInSevenBitGroups() {
    assertThat(hex(Der.oid("1.2.840.10045.4.3.2"))).isEqualTo("06082a8648ce3d040302");
    assertThat(hex(Der.oid("2.5.29.17"))).isEqualTo("0603551d11");
  }

  @Test
  void lengthsPast127TakeLengthBytes() {
    assertThat(hex(Der.octets(new byte[127])).substring(0, 4)).isEqualTo("047f");
    assertThat(hex(Der.octets(new byte[128])).substring(0, 6)).isEqualTo("048180");
    assertThat(hex(Der.octets(new byte[300])).substring(0, 8)).isEqualTo("0482012c");
  }

  @Test
  void integersKeepASignByteAndTimesAreUtc() {
    assertThat(hex(Der.integer(BigInteger.valueOf(128)))).isEqualTo("02020080");
    ZonedDateTime t = ZonedDateTime.of(2026, 12, 4, 20, 5, 9, 0, ZoneOffset.ofHours(2));
    assertThat(new String(Der.utcTime(t), 2, 13, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("261204180509Z");
  }

  @Test
  void taggedElementsAndBitStrings() {
    assertThat(hex(Der.explicit(3, Der.sequence()))).isEqualTo("a3023000");
    assertThat(hex(Der.implicit(7, new byte[] {127, 0, 0, 1}))).isEqualTo("87047f000001");
    assertThat(hex(Der.bits(new byte[] {1}))).isEqualTo("03020001");
  }
}
