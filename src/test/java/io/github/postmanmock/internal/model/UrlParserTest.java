package io.github.postmanmock.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlParserTest {
  /** The parser masks {{tokens}} with NUL characters; a NUL of the URL itself must survive. */
  @Test
  void aNulCharacterInTheUrlIsKeptAsText() {
    Url url = UrlParser.parse("/a\u0000b/{{id}}?a=\u0000&b={{v}}");

    assertThat(url.path()).containsExactly("a\u0000b", "{{id}}");
    assertThat(url.query())
        .extracting(QueryParam::key, QueryParam::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "\u0000"),
            org.assertj.core.groups.Tuple.tuple("b", "{{v}}"));
  }
}
