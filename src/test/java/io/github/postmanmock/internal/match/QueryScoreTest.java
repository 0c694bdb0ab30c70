package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.match.MatchOptions.DocRevision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryScoreTest {

  /** Example query as {@code a=1&b}, with {@code {{x}}} values as wildcards. */
  private static List<QueryPair> example(String raw) {
    List<QueryPair> out = new ArrayList<>();
    for (QueryPair p : QueryPair.ofCall(raw)) {
      boolean wildcard = p.value().startsWith("{{");
      out.add(new QueryPair(p.key(), p.value(), wildcard ? p.value() : null));
    }
    return out;
  }

  @Nested
  class Current {
    @ParameterizedTest(name = "call ?{0}, example ?{1} -> {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "id=5 | id=1 | 0",
          "id=5 | id=5 | 10",
          "q=x&page=2 | q=x | 5",
          "q=x&page=2 | q=y | -1",
          "'' | id=1 | -1",
          "'' | '' | 0",
          "a=1&b=2&c=3 | a=1 | 3.3333333333333335",
          "a1=1&a2=2&a3=3&a4=4&a5=5&a6=6&a7=7&a8=8&a9=9&a10=10&a11=11&a12=12 | '' | -10",
          "tags=%5Ba%5D | tags=[a] | 10",
          "flag | flag= | 10",
          "t=1&t=2 | t=2&t=1 | 10",
          "t=1&t=3 | t=1&t=2 | 0",
          "t=1 | t=1&t=1 | 0",
          "ID=1 | id=1 | -2",
          "a=1&b=2 | a=1&b=3 | 5",
          "a=1&b=2&c=3 | a=1&b=2 | 6.666666666666667",
          "q=ABC | q=ABC | 10",
        })
    void scoresAsTheWorkedExamplesOfSection211(String call, String ex, double delta) {
      assertThat(QueryScore.of(QueryPair.ofCall(call), example(ex), DocRevision.DOC_2024).delta())
          .isEqualTo(delta);
    }

    @ParameterizedTest(name = "call ?{0}, example ?{1} -> {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "q=abc | q={{term}} | 10",
          "'' | q={{term}} | -1",
          "q=1 | q={{a}}&q={{b}} | 0",
          "q=1&q=2 | q={{a}}&q={{b}} | 10",
          "q=1&q=2 | q=2&q={{b}} | 10",
          "q=1 | q=2&q={{b}} | 0"
        })
    void wildcardValuesMatchAnyValue(String call, String ex, double delta) {
      assertThat(QueryScore.of(QueryPair.ofCall(call), example(ex), DocRevision.DOC_2024).delta())
          .isEqualTo(delta);
    }
  }

  @Nested
  class Legacy {
    @ParameterizedTest(name = "call ?{0}, example ?{1} -> {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "id=5 | id=5 | 10",
          "ID=abc | id=ABC | 5",
          "id=5 | id=1 | -10",
          "id=5 | '' | -10",
          "'' | '' | 0",
          "a=1&b=2 | b=2&a=1 | 10",
        })
    void scoresExactCaseInsensitiveAndMismatch(String call, String ex, double delta) {
      assertThat(
              QueryScore.of(QueryPair.ofCall(call), example(ex), DocRevision.DOC_2022_11).delta())
          .isEqualTo(delta);
    }
  }
}
