package io.github.postmanmock.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.testing.ExampleFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fuzzy anchors must find every example U8 accepts, including typos that shift the whole
 * segment (a letter dropped or added at the front), among many look-alike examples.
 */
class AnchorIndexTest {

  @ParameterizedTest(name = "{1} reaches {0}")
  @CsvSource({
    "users, sers",
    "users, xusers",
    "subscriptions, asubscriptions",
    "subscriptions, ubscriptions",
    "subscriptions, subscriptoins",
    "customers, cstomers",
    "orders, ordes",
  })
  void findsEveryExampleTheDocumentDistanceRuleAccepts(String saved, String typo) {
    List<ExampleFixture> examples = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      examples.add(ExampleFixture.get("/api/" + saved + "-" + i + "/items").id("z" + i));
    }
    examples.add(ExampleFixture.get("/api/" + saved + "/items").id("target"));
    MatchEngine engine =
        MatchEngine.of(
            ExampleFixture.all(examples.toArray(ExampleFixture[]::new)),
            Variables.EMPTY,
            MatchOptions.defaults());
    HttpCall call = HttpCall.of("GET", "/api/" + typo + "/items");

    for (Decision d : List.of(engine.match(call), engine.matchByFullScan(call))) {
      assertThat(d.example().id()).as("decision %s", d).isEqualTo("target");
      assertThat(d.rule()).isEqualTo(Rule.U8_DOCUMENT_DISTANCE);
      assertThat(d.score()).isEqualTo(70);
    }
  }
}
