package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.ContractEntry.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContractCheckTest {
  static final Path SHOP = resource("/contract/shop.postman_collection.json");
  static final Path SHOP_ENV = resource("/contract/shop.postman_environment.json");

  private ShopService service;

  static Path resource(String name) {
    try {
      return Path.of(ContractCheckTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stopService() {
    if (service != null) {
      service.close();
    }
  }

  private ContractCheck check(ShopService started) {
    service = started;
    return ContractCheck.of(SHOP)
        .against(started.uri())
        .header("Authorization", "Bearer " + ShopService.TOKEN);
  }

  private static Map<String, ContractEntry> byPlace(ContractReport report) {
    return report.entries().stream()
        .collect(Collectors.toMap(ContractEntry::place, Function.identity()));
  }

  @Nested
  class AgainstTheFaithfulService {
    @Test
    void findsNoDriftAndSaysWhatItSkipped() {
      ContractReport report = check(ShopService.faithful()).run();

      assertThat(report.drifted()).isFalse();
      assertThat(report.entries())
          .extracting(ContractEntry::place, ContractEntry::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Orders/Get order/Found", Outcome.OK),
              org.assertj.core.groups.Tuple.tuple("Orders/Get missing order/Not found", Outcome.OK),
              org.assertj.core.groups.Tuple.tuple("Orders/Create order/Created", Outcome.SKIPPED),
              org.assertj.core.groups.Tuple.tuple(
                  "Orders/Order items/Any order's items", Outcome.SKIPPED),
              org.assertj.core.groups.Tuple.tuple("Orders/Random order/Seeded", Outcome.SKIPPED),
              org.assertj.core.groups.Tuple.tuple("Health/Up", Outcome.OK),
              org.assertj.core.groups.Tuple.tuple("Health/Up again", Outcome.SKIPPED),
              org.assertj.core.groups.Tuple.tuple("Account/Mine", Outcome.OK));
      assertThat(report.summary()).isEqualTo("8 examples: 4 ok, 0 drift, 4 skipped");
    }

    @Test
    void neverSendsAnUnsafeExampleUnlessAsked() {
      ContractReport report = check(ShopService.faithful()).run();

      assertThat(byPlace(report).get("Orders/Create order/Created").reason())
          .isEqualTo("POST is not sent without include-unsafe: it could change real data");
      assertThat(service.calls()).noneMatch(call -> call.startsWith("POST"));
    }

    @Test
    void sendsAnUnsafeExampleWhenAsked() {
      ContractReport report = check(ShopService.faithful()).includeUnsafe(true).run();

      assertThat(byPlace(report).get("Orders/Create order/Created").outcome())
          .isEqualTo(Outcome.OK);
      assertThat(service.calls()).contains("POST /orders");
    }

    @Test
    void skipsWildcardsAndDynamicVariablesWithTheReason() {
      Map<String, ContractEntry> entries = byPlace(check(ShopService.faithful()).run());

      assertThat(entries.get("Orders/Order items/Any order's items").reason())
          .startsWith("variable [{{anyId}}] in the URL has no value");
      assertThat(entries.get("Orders/Random order/Seeded").reason())
          .startsWith("dynamic variable [{{$randomInt}}] in the URL");
    }

    @Test
    void resolvesVariablesFromTheEnvironment() {
      ContractReport report = check(ShopService.faithful()).environment(SHOP_ENV).run();

      ContractEntry items = byPlace(report).get("Orders/Order items/Any order's items");
      assertThat(items.outcome()).isEqualTo(Outcome.OK);
      assertThat(items.path()).isEqualTo("/orders/7/items");
    }

    @Test
    void sendsARequestSharedByTwoExamplesOnce() {
      ContractReport report = check(ShopService.faithful()).run();

      assertThat(byPlace(report).get("Health/Up again").reason())
          .startsWith("not reproducible: the same request as [Health/Up]");
      assertThat(service.calls()).containsOnlyOnce("GET /health");
    }

    @Test
    void comparesValuesOnlyWhenAsked() {
      ContractReport report = check(ShopService.faithful()).compareValues(true).run();

      assertThat(byPlace(report).get("Orders/Get order/Found").drifts())
          .containsExactly("/customer/name: expected \"Ada\", found \"Grace\"");
      assertThat(byPlace(report).get("Health/Up").outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void skipsAnExampleWhoseHeaderHasNoValue() {
      service = ShopService.faithful();
      ContractReport report = ContractCheck.of(SHOP).against(service.uri()).run();

      assertThat(byPlace(report).get("Account/Mine").reason())
          .startsWith("variable [{{token}}] in header Authorization has no value");
    }
  }

  @Nested
  class AgainstTheDriftingService {
    @Test
    void reportsEachDriftWithItsPointer() {
      Map<String, ContractEntry> entries = byPlace(check(ShopService.drifting()).run());

      ContractEntry found = entries.get("Orders/Get order/Found");
      assertThat(found.outcome()).isEqualTo(Outcome.DRIFT);
      assertThat(found.drifts())
          .containsExactly(
              "/id: expected number, found string", "/items/0/qty: expected number, found nothing");
      assertThat(entries.get("Orders/Get missing order/Not found").drifts())
          .containsExactly("status: expected 404, found 200");
      assertThat(entries.get("Health/Up").drifts())
          .containsExactly("content-type: expected text/plain, found text/html");
    }

    @Test
    void reportsAnExtraFieldAsAnAdditionNotADrift() {
      ContractEntry found =
          byPlace(check(ShopService.drifting()).run()).get("Orders/Get order/Found");

      assertThat(found.additions()).containsExactly("/note: expected nothing, found string");
      assertThat(found.drifts()).noneMatch(d -> d.startsWith("/note"));
    }

    @Test
    void strictMakesAnAdditionADrift() {
      ContractEntry found =
          byPlace(check(ShopService.drifting()).strict(true).run()).get("Orders/Get order/Found");

      assertThat(found.drifts()).contains("/note: expected nothing, found string");
      assertThat(found.additions()).isEmpty();
    }

    @Test
    void failureMessageNamesThePlaceAndEachDrift() {
      ContractEntry found =
          byPlace(check(ShopService.drifting()).run()).get("Orders/Get order/Found");

      assertThat(found.failureMessage())
          .isEqualTo(
              """
              Expecting the service to answer GET /orders/7 as example [Orders/Get order/Found] says
              but:
                /id: expected number, found string
                /items/0/qty: expected number, found nothing""");
    }

    @Test
    void jsonReportHasTheIssueShape() throws IOException {
      ContractReport report = check(ShopService.drifting()).run();

      JsonNode json = new ObjectMapper().readTree(report.toJson());
      JsonNode first = json.get("examples").get(0);
      assertThat(first.get("place").asText()).isEqualTo("Orders/Get order/Found");
      assertThat(first.get("method").asText()).isEqualTo("GET");
      assertThat(first.get("path").asText()).isEqualTo("/orders/7");
      assertThat(first.get("outcome").asText()).isEqualTo("drift");
      assertThat(first.get("drifts").get(1).get("pointer").asText()).isEqualTo("/items/0/qty");
      assertThat(first.get("drifts").get(1).get("expected").asText()).isEqualTo("number");
      assertThat(first.get("drifts").get(1).get("actual").asText()).isEqualTo("nothing");
      assertThat(json.get("examples").get(2).get("outcome").asText()).isEqualTo("skipped");
    }
  }

  @Test
  void neverPrintsTheHeaderValues() {
    ContractCheck check = check(ShopService.drifting());
    ContractReport report = check.run();

    assertThat(report.toString()).doesNotContain(ShopService.TOKEN).contains("Account/Mine");
    assertThat(report.toJson()).doesNotContain(ShopService.TOKEN);
    assertThat(check.toString()).doesNotContain(ShopService.TOKEN).contains("Authorization: ***");
  }

  @Test
  void saysWhenTheServiceNeverAnswers() throws IOException {
    int closedPort = 1; // nothing listens there, unlike a freed port a test beside it can take
    ContractReport report =
        ContractCheck.of(SHOP).against(URI.create("http://127.0.0.1:" + closedPort)).run();

    assertThat(report.serviceUnreachable()).isTrue();
    assertThat(byPlace(report).get("Health/Up").reason()).startsWith("no answer");
  }

  @Test
  void refusesABaseUrlThatIsNotHttp() {
    assertThatThrownBy(() -> ContractCheck.of(SHOP).against(URI.create("ftp://example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The base URL must be an http or https URL such as [http://localhost:8080] but was"
                + " [ftp://example.com]");
  }

  @Test
  void runWithoutABaseUrlSaysWhatIsMissing() {
    assertThatThrownBy(() -> ContractCheck.of(SHOP).run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("against(URL)");
  }
}
