package io.github.postmanmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.OrdersService;
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
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return Cli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void recordsUntilStoppedThenWritesTheCollection() throws Exception {
    Path file = dir.resolve("orders.postman_collection.json");
    try (OrdersService service = OrdersService.start()) {
      Cli.Result result =
          run("record", "--target", service.uri().toString(), "--out", file.toString(), "-p", "0");
      assertThat(result.exitCode()).isZero();
      String base = result.server().server().baseUrl();
      HttpResponse<String> got =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/orders/42")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(got.body()).isEqualTo("{\"id\":42,\"item\":\"tea\"}");
      assertThat(
              Eventually.holds(
                  Duration.ofSeconds(30), () -> read(file).contains("\"GET /orders/42 -> 200\"")))
          .as("the exchange is saved while the server still runs")
          .isTrue();

      result.server().close();
    }

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("recording from [", "Base URL:", "[" + file + "]");
    assertThat(Files.readString(file)).contains("\"GET /orders/42 -> 200\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "record --out x.json               | record needs both [--target URL] and [--out FILE]",
        "record --target ftp:x --out x.json | Option [--target] needs a URL",
        "record --target http://h --out x.json --port 99999 | Option [--port] needs a number",
        "record --target http://h --out x.json --watch | Unknown option [--watch] for record",
        "record --target                   | Option [--target] needs a value"
      })
  void refusesABadCommandLineWithUsage(String line, String message) {
    Cli.Result result = run(line.trim().split(" +"));

    assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
  }

  @Test
  void helpDescribesRecording() {
    run("--help");

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("record --target URL --out FILE", "--ids-as-variables", "--without-header");
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
