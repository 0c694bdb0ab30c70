package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.Header;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Packed headers come back as they went in: names, values, order, any text, any length. */
class PackedHeadersTest {
  @Property(tries = 300)
  void unpackingGivesBackWhatWasPacked(@ForAll("headers") List<Header> headers) {
    byte[] packed = PackedHeaders.pack(headers);

    assertThat(PackedHeaders.unpack(packed)).isEqualTo(headers);
    for (Header h : headers) {
      assertThat(PackedHeaders.first(packed, h.key().toUpperCase(java.util.Locale.ROOT)))
          .isNotNull();
    }
  }

  @Test
  void lengthsPastOneAndTwoBytesOfLengthSurvive() {
    List<Header> headers = new ArrayList<>();
    headers.add(Header.of("a", "x".repeat(127)));
    headers.add(Header.of("b", "y".repeat(128)));
    headers.add(Header.of("c", "é".repeat(9000)));
    headers.add(Header.of("d", "z".repeat(20_000)));

    assertThat(PackedHeaders.unpack(PackedHeaders.pack(headers))).isEqualTo(headers);
  }

  @Provide
  Arbitrary<List<Header>> headers() {
    Arbitrary<String> names = Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.strings().ascii().ofMaxLength(300),
            // any text that UTF-8 can carry: no lone surrogate halves
            Arbitraries.strings().withCharRange('\u0000', '\ud7ff').ofMaxLength(300),
            Arbitraries.of("a", "\uD83D\uDE00", "é", "€")
                .list()
                .ofMaxSize(50)
                .map(parts -> String.join("", parts)));
    return net.jqwik.api.Combinators.combine(names, values).as(Header::of).list().ofMaxSize(12);
  }
}
