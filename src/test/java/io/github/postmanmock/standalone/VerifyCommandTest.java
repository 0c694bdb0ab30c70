package io.github.postmanmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.postmanmock.ShopService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  private static final String SHOP = "src/test/resources/contract/shop.postman_collection.json";
  private static final String AUTH = "Authorization: Bearer " + ShopService.TOKEN;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private ShopService service;

  @AfterEach
  void stopService() {
    if (service != null) {
      service.close();
    }
  }

  private int run(String... args) {
    Cli.Result result =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(result.server()).isNull();
    return result.exitCode();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exitsZeroWhenNothingDrifted() {
    service = ShopService.faithful();

    int code = run("verify", SHOP, "--against", service.uri().toString(), "--header", AUTH);

    assertThat(code).isZero();
    assertThat(out()).contains("8 examples: 4 ok, 0 drift, 4 skipped");
    assertThat(out()).contains("OK      GET /orders/7 [Orders/Get order/Found]");
  }

  @Test
  void exitsOneAndWritesTheJsonReportWhenSomethingDrifted() throws IOException {
    service = ShopService.drifting();
    Path report = dir.resolve("report.json");

    int code =
        run(
            "verify",
            SHOP,
            "--against=" + service.uri(),
            "--header",
            AUTH,
            "--report",
            report.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out())
        .contains("DRIFT   GET /orders/999 [Orders/Get missing order/Not found]")
        .contains("        status: expected 404, found 200")
        .contains("        addition /note: string (not in the example)");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("examples")).hasSize(8);
    assertThat(json.get("examples").get(1).get("drifts").get(0).get("pointer").asText())
        .isEqualTo("status");
  }

  @Test
  void strictTurnsAdditionsIntoDrift() {
    service = ShopService.drifting();

    run("verify", SHOP, "--against", service.uri().toString(), "--strict");

    assertThat(out()).contains("        /note: expected nothing, found string");
  }

  @Test
  void sendsUnsafeExamplesOnlyWithTheFlag() {
    service = ShopService.faithful();

    run("verify", SHOP, "--against", service.uri().toString());
    assertThat(service.calls()).noneMatch(c -> c.startsWith("POST"));
    run("verify", SHOP, "--against", service.uri().toString(), "--include-unsafe");
    assertThat(service.calls()).contains("POST /orders");
  }

  @Test
  void neverPrintsTheHeaderValue() {
    service = ShopService.drifting();

    run("verify", SHOP, "--against", service.uri().toString(), "--header", AUTH, "--values");

    assertThat(out() + err()).doesNotContain(ShopService.TOKEN);
  }

  @Test
  void exitsTwoWhenTheServiceNeverAnswers() throws IOException {
    int port = 1; // nothing listens there, unlike a freed port a test beside it can take

    int code = run("verify", SHOP, "--against", "http://127.0.0.1:" + port);

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("never answered");
  }

  @Test
  void exitsTwoWhenTheCollectionCannotBeRead() {
    int code =
        run("verify", dir.resolve("missing.json").toString(), "--against", "http://127.0.0.1:1");

    assertThat(code).isEqualTo(2);
    assertThat(err()).startsWith("postman-mock: ").contains("missing.json");
  }

  @Test
  void exitsTwoWithoutABaseUrl() {
    int code = run("verify", SHOP);

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("verify needs a COLLECTION and [--against URL]");
  }

  @Test
  void exitsTwoForAHeaderWithoutAColon() {
    int code = run("verify", SHOP, "--against", "http://127.0.0.1:1", "--header", "Authorization");

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("Option [--header] needs [Name: value]");
  }
}
