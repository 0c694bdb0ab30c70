package io.github.postmanmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.RecordedCall;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a front-end developer sees in the terminal of {@code serve}: banner, calls, reloads. */
class TerminalTest {
  private static final Path PETS =
      Path.of("src/test/resources/collections/pets.postman_collection.json");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String LONG_QUERY = "fields=" + "id,name,".repeat(60) + "end";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<StandaloneServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(StandaloneServer::close);
  }

  private MockServer serve(String... args) {
    Cli.Result result =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(result.server()).as("server of %s, errors: %s", List.of(args), err()).isNotNull();
    started.add(result.server());
    return result.server().server();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static int get(String url) throws Exception {
    return CLIENT
        .send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void printsOneLinePerCallWithStatusExampleAndLatency() throws Exception {
    MockServer mock = serve("serve", PETS.toString(), "--port", "0", "--delay", "3G");

    get(mock.baseUrl() + "/pets");
    get(mock.baseUrl() + "/nothing/here");

    assertThat(out())
        .containsPattern(
            "\\d\\d:\\d\\d:\\d\\d  GET     /pets {21}200  \"All pets\"  [1-9]\\d{2,} ms")
        .containsPattern("GET     /nothing/here {13}404  no match  [1-9]\\d{2,} ms");
  }

  @Test
  void helpListsTheTerminalAndOutageOptions() {
    ByteArrayOutputStream help = new ByteArrayOutputStream();
    Cli.run(
        new String[] {"--help"}, new PrintStream(help, true, StandardCharsets.UTF_8), System.err);

    assertThat(help.toString(StandardCharsets.UTF_8))
        .contains("--server-response STATUS[:BODY]", "--quiet", "--warnings")
        .contains("PUT    /__mock/server-response");
  }

  @Test
  void quietPrintsNoCalls() throws Exception {
    MockServer mock = serve("serve", PETS.toString(), "--port", "0", "--quiet");

    get(mock.baseUrl() + "/pets");

    assertThat(mock.allCalls().asList()).hasSize(1);
    assertThat(out()).contains("Press Ctrl-C").doesNotContain("200  \"All pets\"");
  }

  @Test
  void aCallLineShowsTheServedTimeShortensLongQueriesAndHidesControlCharacters() throws Exception {
    MockServer mock = serve("serve", PETS.toString(), "--port", "0", "--quiet");
    get(mock.baseUrl() + "/pets?" + LONG_QUERY);
    get(mock.baseUrl() + "/x%1B%5B31m");

    RecordedCall call = mock.allCalls().asList().get(0);
    String line = CallLine.format(call, ZoneOffset.UTC);
    String escaped = CallLine.format(mock.allCalls().asList().get(1), ZoneOffset.UTC);

    String time = call.servedAt().atOffset(ZoneOffset.UTC).toLocalTime().toString();
    assertThat(line)
        .startsWith(time.substring(0, 8) + "  GET     /pets?fields=id,name,")
        .contains("… (+" + (LONG_QUERY.length() - CallLine.MAX_QUERY) + " chars)  200");
    assertThat(escaped).containsPattern("/x%1B%5B31m +404  no match");
    assertThat(TerminalText.clean("\"Rex\u001b[31m\"")).isEqualTo("\"Rex?[31m\"");
  }

  @Test
  void warningsAreOneLineAndListedOnRequest(@TempDir Path dir) throws Exception {
    Path file = collection(dir, "/a");

    serve("serve", file.toString(), "--port", "0");
    String summary = out();
    out.reset();
    serve("serve", file.toString(), "--port", "0", "--warnings");

    assertThat(summary)
        .containsOnlyOnce("Warnings:     1 collection warning; --warnings lists them")
        .doesNotContain("Lonely");
    assertThat(out()).contains("Warnings (1):", "Lonely");
  }

  @Test
  void theBannerShortensLongQueriesButRoutesStayWhole(@TempDir Path dir) throws Exception {
    MockServer mock = serve("serve", collection(dir, "/a").toString(), "--port", "0");

    assertThat(mock.routes()).anyMatch(r -> r.contains(LONG_QUERY));
    assertThat(out())
        .doesNotContain(LONG_QUERY)
        .contains("(?" + LONG_QUERY.substring(0, RouteLines.MAX_QUERY) + "…)");
  }

  @Test
  void aReloadPrintsOneLineAndOnlyTheRoutesThatChanged(@TempDir Path dir) throws Exception {
    Path file = collection(dir, "/a");
    serve("serve", file.toString(), "--port", "0", "--watch");
    out.reset();

    Path next = collection(dir.resolve("next"), "/b");
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    // the reload prints its line, then the changed routes: wait for the whole of it
    awaitTrue(() -> out().contains("Reloaded") && out().contains("- GET  /a"));

    assertThat(out())
        .containsOnlyOnce("Reloaded [" + file + "]: 1 route added, 1 route removed (2 routes)")
        .contains("  + GET  /b  \"B\"", "  - GET  /a  \"A\"")
        .doesNotContain("Routes (", "/long");
  }

  @Test
  void theBannerShowsDelayAccessCorsAndServerResponse() {
    serve(
        "serve",
        PETS.toString(),
        "--port",
        "0",
        "--delay",
        "2G",
        "--api-key",
        "k",
        "--cors",
        "examples-only",
        "--server-response",
        "503:down");

    assertThat(out())
        .contains(
            "Settings:     delay 2G (300 ms), private (1 API key), CORS examples-only,"
                + " server response 503 (outage on)");
  }

  @Test
  void serverResponseStartsInAnOutageTheSwitchEnds() throws Exception {
    MockServer json =
        serve("serve", PETS.toString(), "--port", "0", "--server-response", "503:{\"e\":1}");
    MockServer text = serve("serve", PETS.toString(), "--port", "0", "--server-response=500");

    HttpResponse<String> down =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(json.baseUrl() + "/pets")).build(),
            HttpResponse.BodyHandlers.ofString());
    int textDown = get(text.baseUrl() + "/pets");
    HttpResponse<Void> cleared =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(json.baseUrl() + "/__mock/server-response"))
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.discarding());

    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.body()).isEqualTo("{\"e\":1}");
    assertThat(down.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(textDown).isEqualTo(500);
    assertThat(cleared.statusCode()).isEqualTo(204);
    assertThat(get(json.baseUrl() + "/pets")).isEqualTo(200);
    assertThat(out()).contains("server response 503 (outage on)");
  }

  @Test
  void aBadServerResponseIsAUsageError() {
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(errors, true, StandardCharsets.UTF_8);

    int badStatus =
        Cli.run(new String[] {"serve", "p.json", "--server-response", "99"}, e, e).exitCode();
    int notANumber =
        Cli.run(new String[] {"serve", "p.json", "--server-response", "down"}, e, e).exitCode();

    assertThat(List.of(badStatus, notANumber)).containsOnly(Cli.USAGE);
    assertThat(errors.toString(StandardCharsets.UTF_8))
        .contains("Option [--server-response]: status must be in [100, 599] but was [99]")
        .contains(
            "Option [--server-response] needs STATUS or STATUS:BODY such as [503:down] but was [down]");
  }

  @Test
  void everyInterfaceWarnsThatTheCallLogIsOpenAndSaysHowToProtectIt() throws Exception {
    MockServer mock = serve("serve", PETS.toString(), "--port", "0", "--quiet");
    Arguments open = Arguments.parse("serve", PETS.toString(), "--host", "0.0.0.0");
    Arguments keyed = Arguments.parse("serve", PETS.toString(), "--host", "::", "--api-key", "k");

    ByteArrayOutputStream banner = new ByteArrayOutputStream();
    Banner.print(mock, open, new PrintStream(banner, true, StandardCharsets.UTF_8), System.err);
    String openText = banner.toString(StandardCharsets.UTF_8);
    banner.reset();
    Banner.print(mock, keyed, new PrintStream(banner, true, StandardCharsets.UTF_8), System.err);

    assertThat(openText)
        .contains("anyone on the network", "call log (request headers and bodies)")
        .contains("--api-key KEY");
    assertThat(banner.toString(StandardCharsets.UTF_8))
        .contains("anyone on the network", "It is private")
        .doesNotContain("--api-key KEY");
    assertThat(Banner.isEveryInterface("127.0.0.1")).isFalse();
  }

  /** A collection with a route at {@code path}, one with a long query and one without examples. */
  private static Path collection(Path dir, String path) throws IOException {
    Files.createDirectories(dir);
    String json =
        """
        {"info": {"name": "t"}, "item": [
          {"name": "Lonely", "request": "http://x/lonely"},
          {"name": "R", "request": "http://x%1$s",
           "response": [{"name": "%2$s", "originalRequest": "http://x%1$s", "code": 200}]},
          {"name": "Long", "request": "http://x/long",
           "response": [{"name": "L", "originalRequest": "http://x/long?%3$s", "code": 200}]}
        ]}
        """
            .formatted(path, path.substring(1).toUpperCase(java.util.Locale.ROOT), LONG_QUERY);
    Path file = dir.resolve("t.json");
    Files.writeString(file, json);
    return file;
  }

  private static void awaitTrue(BooleanSupplier condition) {
    assertThat(Eventually.holds(Duration.ofSeconds(30), condition))
        .as("condition within 30 s")
        .isTrue();
  }
}
