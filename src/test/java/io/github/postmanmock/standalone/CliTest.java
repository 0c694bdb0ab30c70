package io.github.postmanmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.testing.Eventually;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final Path PETS =
      Path.of("src/test/resources/collections/pets.postman_collection.json");
  private static final Path ENV =
      Path.of("src/test/resources/collections/pets.postman_environment.json");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<StandaloneServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(StandaloneServer::close);
  }

  private Cli.Result run(String... args) {
    Cli.Result result =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (result.server() != null) {
      started.add(result.server());
    }
    return result;
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Nested
  class Commands {
    @Test
    void helpListsEveryOption() {
      Cli.Result result = run("--help");

      assertThat(result.exitCode()).isZero();
      assertThat(out())
          .contains("serve COLLECTION", "--environment", "--port", "--host", "--api-key")
          .contains("--delay", "--cors", "--watch", "--admin-prefix", "/__mock/calls")
          .contains("--max-body", "--max-calls")
          .contains("--https", "--keystore FILE", "--keystore-password", "--print-certificate");
    }

    @Test
    void versionPrintsTheProjectVersion() {
      Cli.Result result = run("--version");

      assertThat(result.exitCode()).isZero();
      assertThat(out()).startsWith("postman-mock ").doesNotContain("${", "unknown");
    }

    @Test
    void badArgumentsGiveOneLineAndExitCode2() {
      Cli.Result result = run("serve", PETS.toString(), "--port", "x");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.server()).isNull();
      assertThat(err().lines()).singleElement().asString().contains("[x]", "(see --help)");
    }

    @Test
    void missingFileGivesOneLineAndExitCode2() {
      Cli.Result result = run("serve", "no-such.json", "--port", "0");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(err().lines()).singleElement().asString().contains("[no-such.json]");
    }

    @Test
    void invalidCollectionGivesOneLineAndExitCode1(@TempDir Path dir) throws IOException {
      Path broken = Files.writeString(dir.resolve("broken.json"), "{\"item\": [");

      Cli.Result result = run("serve", broken.toString(), "--port", "0");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(err().lines()).singleElement().asString().contains("broken.json");
    }
  }

  @Nested
  class Serving {
    @Test
    void printsBaseUrlCallLogAndRoutesThenAnswers() throws Exception {
      Cli.Result result =
          run("serve", PETS.toString(), "--environment", ENV.toString(), "--port", "0");

      String baseUrl = result.server().server().baseUrl();
      assertThat(result.exitCode()).isZero();
      assertThat(out())
          .contains("Base URL:     " + baseUrl, "Call log:     " + baseUrl + "/__mock/")
          .containsPattern("GET +/pets +\"");
      assertThat(get(baseUrl + "/__mock/health").statusCode()).isEqualTo(200);
    }

    @Test
    void httpsPrintsAnHttpsBaseUrlAndWhereTheCertificateWasWritten() throws Exception {
      Cli.Result result = run("serve", PETS.toString(), "--port", "0", "--https");

      MockServer mock = result.server().server();
      String baseUrl = mock.baseUrl();
      assertThat(baseUrl).startsWith("https://127.0.0.1:");
      assertThat(out())
          .contains("Base URL:     " + baseUrl, "Call log:     " + baseUrl + "/__mock/");
      Path pem =
          Path.of(
              out()
                  .lines()
                  .filter(l -> l.startsWith("Certificate:"))
                  .findFirst()
                  .orElseThrow()
                  .substring("Certificate:".length())
                  .trim());
      assertThat(Files.readString(pem)).isEqualTo(mock.certificatePem());
      assertThat(out()).doesNotContain("-----BEGIN CERTIFICATE-----");
      HttpClient trusting = HttpClient.newBuilder().sslContext(mock.sslContext()).build();
      HttpResponse<String> health =
          trusting.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/__mock/health"))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    }

    @Test
    void printCertificatePrintsThePemText() {
      Cli.Result result =
          run("serve", PETS.toString(), "--port", "0", "--https", "--print-certificate");

      assertThat(out()).contains(result.server().server().certificatePem());
    }

    @Test
    void aKeyStoreServesItsCertificateAndABadPasswordSaysSo() {
      String store = "src/test/resources/tls/test-keystore.p12";
      Cli.Result good =
          run(
              "serve",
              PETS.toString(),
              "--port",
              "0",
              "--keystore",
              store,
              "--keystore-password",
              "changeit");
      Cli.Result bad =
          run(
              "serve",
              PETS.toString(),
              "--port",
              "0",
              "--keystore",
              store,
              "--keystore-password",
              "wrong");
      Cli.Result missing = run("serve", PETS.toString(), "--port", "0", "--keystore", "no.p12");

      assertThat(good.server().server().certificate().getSubjectX500Principal().getName())
          .isEqualTo("CN=postman-mock test key store");
      assertThat(bad.exitCode()).isEqualTo(1);
      assertThat(missing.exitCode()).isEqualTo(2);
      assertThat(err().lines())
          .satisfiesExactly(
              l -> assertThat(l).contains("test-keystore.p12", "password"),
              l -> assertThat(l).contains("[no.p12]", "does not exist"));
    }

    @Test
    void delayAndCorsReachTheServer() throws Exception {
      Cli.Result result =
          run("serve", PETS.toString(), "--port", "0", "--delay", "3G", "--cors", "off");

      String baseUrl = result.server().server().baseUrl();
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/pets"))
                  .header("Origin", "http://127.0.0.1:1")
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(get(baseUrl + "/__mock/calls").body())
          .contains("\"delayMillis\":100")
          .containsPattern("\"latencyMillis\":[1-9]\\d{2,}"); // the delay is part of it
    }

    @Test
    void maxBodyAndMaxCallsReachTheServer() throws Exception {
      Cli.Result result =
          run("serve", PETS.toString(), "--port", "0", "--max-body", "10", "--max-calls", "2");

      String baseUrl = result.server().server().baseUrl();
      HttpResponse<String> tooLarge =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/pets"))
                  .POST(HttpRequest.BodyPublishers.ofString("12345678901"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      get(baseUrl + "/pets?n=2");
      get(baseUrl + "/pets?n=3");

      assertThat(tooLarge.statusCode()).isEqualTo(413);
      assertThat(result.server().server().allCalls().asList())
          .extracting(c -> c.query())
          .containsExactly("n=2", "n=3");
    }

    @Test
    void callLogBodyLimitAndPassthroughReachTheServer() throws Exception {
      Cli.Result result =
          run(
              "serve",
              PETS.toString(),
              "--port",
              "0",
              "--max-log-body-bytes",
              "4",
              "--passthrough",
              "http://127.0.0.1:1");

      String baseUrl = result.server().server().baseUrl();
      CLIENT.send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/pets"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Rex\"}"))
              .timeout(Duration.ofSeconds(10))
              .build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(result.server().server().allCalls().asList().get(0).requestBody())
          .isEqualTo("{\"na");
      assertThat(get(baseUrl + "/no-example-here").statusCode()).isEqualTo(502);
    }

    @Test
    void apiKeyMakesTheMockPrivate() throws Exception {
      Cli.Result result = run("serve", PETS.toString(), "--port", "0", "--api-key", "s3cret");

      String baseUrl = result.server().server().baseUrl();
      assertThat(get(baseUrl + "/pets").statusCode()).isEqualTo(401);
    }

    @Test
    void watchReloadsAChangedFileAndKeepsTheLastGoodOne(@TempDir Path dir) throws Exception {
      // given
      Path file = dir.resolve("pets.json");
      Files.copy(PETS, file);
      Cli.Result result = run("serve", file.toString(), "--port", "0", "--watch");
      String baseUrl = result.server().server().baseUrl();
      int before = result.server().server().routes().size();

      // when the file loses its routes
      String original = Files.readString(file);
      write(file, original.replace("\"GET\"", "\"PATCH\""));
      awaitTrue(() -> out().contains("Reloaded") || err().contains("Reload failed"));
      assertThat(err()).isEmpty();

      // then
      assertThat(result.server().server().routes()).noneMatch(r -> r.startsWith("GET"));

      // when the file breaks
      write(file, "{ not json");
      awaitTrue(() -> err().contains("Reload failed"));

      // then the last good version still answers
      assertThat(err()).contains("still serving the last good version", "pets.json");
      assertThat(result.server().server().routes()).hasSize(before);
      assertThat(get(baseUrl + "/__mock/health").statusCode()).isEqualTo(200);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void awaitTrue(BooleanSupplier condition) {
    assertThat(Eventually.holds(Duration.ofSeconds(30), condition))
        .as("condition within 30 s")
        .isTrue();
  }
}
