package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MockServerTest {
  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(MockServer::close);
  }

  private MockServer serve(MockExample... examples) {
    return serve(MockServer.builder(), examples);
  }

  private MockServer serve(MockServerBuilder builder, MockExample... examples) {
    return serve(Seams.of(builder), examples);
  }

  private MockServer serve(Seams builder, MockExample... examples) {
    MockServer server = builder.examples(List.of(examples)).start();
    started.add(server);
    return server;
  }

  @Nested
  class Listening {
    @Test
    void bindsToLoopbackOnAnEphemeralPort() {
      MockServer mock = serve();

      assertThat(mock.port()).isPositive();
      assertThat(mock.baseUrl()).isEqualTo("http://127.0.0.1:" + mock.port());
    }

    @Test
    void refusesConnectionsAfterCloseAndClosesOnlyOnce() {
      MockServer mock = serve(example("ok", "GET", "/ok").build());
      String baseUrl = mock.baseUrl();
      assertThat(Http.get(baseUrl, "/ok").statusCode()).isEqualTo(200);

      mock.close();
      mock.close();

      assertThat(mock.isClosed()).isTrue();
      assertThatThrownBy(() -> new Socket("127.0.0.1", mock.port()).close())
          .isInstanceOf(ConnectException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "THIS IS NOT HTTP",
          "GET /%zz HTTP/1.1",
          "GET /x HTTP/1.1|Content-Length: abc",
          "GET /x HTTP/1.1|Transfer-Encoding: chunked||zz"
        })
    void answersAMalformedRequestAndKeepsServing(String request) throws IOException {
      MockServer mock = serve(example("ok", "GET", "/ok").build());

      String answer = raw(mock, request.replace("|", "\r\n") + "\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 4");
      assertThat(Http.get(mock.baseUrl(), "/ok").statusCode()).isEqualTo(200);
    }
  }

  @Nested
  class DoubleSlashPaths {
    @Test
    void aPathStartingWithTwoSlashesKeepsItsFirstSegment() throws IOException {
      MockServer mock = serve(example("Order", "GET", "/orders/5").build());

      String answer = raw(mock, "GET //orders/5 HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 200");
      assertThat(mock.allCalls().asList())
          .singleElement()
          .extracting(RecordedCall::path)
          .isEqualTo("//orders/5");
    }

    @Test
    void theFirstSegmentAfterTwoSlashesIsNotDropped() throws IOException {
      MockServer mock = serve(example("Rex", "GET", "/pets/1").build());

      String answer = raw(mock, "GET //health/pets/1 HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(answer).startsWith("HTTP/1.1 404");
      assertThat(mock.allCalls().asList())
          .singleElement()
          .extracting(RecordedCall::path)
          .isEqualTo("//health/pets/1");
    }
  }

  @Nested
  class Rendering {
    @Test
    void sendsStatusHeadersAndBodyOfTheExample() {
      MockServer mock =
          serve(
              example("Rex", "GET", "/pets/1")
                  .code(201)
                  .header("Content-Type", "application/json")
                  .header("Set-Cookie", "a=1")
                  .header("Set-Cookie", "b=2")
                  .header(new Header("X-Off", "1", true))
                  .header("Content-Length", "999")
                  .header("Content-Encoding", "gzip")
                  .body("{\"id\":1}")
                  .build());

      HttpResponse<String> response = Http.get(mock.baseUrl(), "/pets/1");

      assertThat(response.statusCode()).isEqualTo(201);
      assertThat(response.body()).isEqualTo("{\"id\":1}");
      assertThat(response.headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
      assertThat(response.headers().firstValue("X-Off")).isEmpty();
      assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(response.headers().firstValue("Content-Length")).hasValue("8");
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void sends200AndAnEmptyBodyWhenTheExampleHasNeither() {
      MockServer mock = serve(example("bare", "GET", "/bare").code(null).build());

      HttpResponse<String> response = Http.get(mock.baseUrl(), "/bare");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEmpty();
    }

    @Test
    void derivesContentTypeFromThePreviewLanguage() {
      MockServer mock =
          serve(example("x", "GET", "/x").previewLanguage("xml").body("<a/>").build());

      HttpResponse<String> response = Http.get(mock.baseUrl(), "/x");

      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml");
    }

    @Test
    void insertsVariablesAndLeavesUnknownTokens() {
      MockServer mock =
          serve(
              MockServer.builder().variable("greeting", "hello {{who}}").variable("who", "Ann"),
              example("g", "GET", "/g")
                  .body("{\"m\":\"{{greeting}}\",\"u\":\"{{nope}}\"}")
                  .build());

      HttpResponse<String> response = Http.get(mock.baseUrl(), "/g");

      assertThat(response.body()).isEqualTo("{\"m\":\"hello Ann\",\"u\":\"{{nope}}\"}");
    }

    @Test
    void answersHeadWithHeadersOnly() {
      MockServer mock = serve(example("h", "HEAD", "/h").header("X-A", "1").body("body").build());

      HttpResponse<String> response = Http.send(mock.baseUrl(), "HEAD", "/h", null);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("X-A")).hasValue("1");
      assertThat(response.body()).isEmpty();
    }

    @Test
    void answersHeadFromTheGetExampleWhenNoHeadExampleMatches() {
      MockServer mock =
          serve(example("Rex", "GET", "/pets/1").header("X-A", "1").body("{\"id\":1}").build());

      HttpResponse<String> response = Http.send(mock.baseUrl(), "HEAD", "/pets/1", null);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("X-A")).hasValue("1");
      assertThat(response.body()).isEmpty();
      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call.method()).isEqualTo("HEAD");
      assertThat(call.matchedExample()).hasValue("Rex");
    }

    @Test
    void aHeadExampleWinsOverTheGetExample() {
      MockServer mock =
          serve(
              example("get", "GET", "/h").header("X-Which", "get").build(),
              example("head", "HEAD", "/h").header("X-Which", "head").build());

      HttpResponse<String> response = Http.send(mock.baseUrl(), "HEAD", "/h", null);

      assertThat(response.headers().firstValue("X-Which")).hasValue("head");
    }

    @Test
    void aHeadCallWithNoGetExampleEitherIsNotFound() {
      MockServer mock = serve(example("p", "POST", "/pets").build());

      assertThat(Http.send(mock.baseUrl(), "HEAD", "/pets", null).statusCode()).isEqualTo(404);
    }

    @Test
    void answersCustomMethods() {
      MockServer mock = serve(example("p", "PURGE", "/cache").code(202).build());

      assertThat(Http.send(mock.baseUrl(), "PURGE", "/cache", null).statusCode()).isEqualTo(202);
    }
  }

  @Nested
  class RequestBodies {
    @Test
    void readsAChunkedBody() {
      MockServer mock = serve(example("u", "POST", "/u").build());
      byte[] payload = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);

      HttpResponse<String> response =
          Http.send(
              HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/u"))
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new java.io.ByteArrayInputStream(payload))));

      assertThat(response.statusCode()).isEqualTo(200);
      // read whole (the log keeps the first 64 KiB of it, and its size)
      assertThat(mock.allCalls().asList().get(0).requestBodySize()).isEqualTo(100_000);
    }

    @Test
    void answers413WithTheErrorEnvelopePastTheLimit() {
      MockServer mock =
          serve(MockServer.builder().maxBodyBytes(1000), example("u", "POST", "/u").build());

      HttpResponse<String> response = Http.send(mock.baseUrl(), "POST", "/u", "y".repeat(5000));

      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.body()).startsWith("{\"error\":{\"name\":\"requestTooLargeError\"");
      assertThat(mock.allCalls()).singleElement().hasStatus(413);
      assertThat(Http.send(mock.baseUrl(), "POST", "/u", "ok").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}-byte body under a 0-byte limit")
    @ValueSource(ints = {0, 1, 2})
    void answers413OnlyWhenTheBodyIsLongerThanTheLimit(int length) {
      MockServer mock =
          serve(MockServer.builder().maxBodyBytes(0), example("u", "POST", "/u").build());

      HttpResponse<String> response = Http.send(mock.baseUrl(), "POST", "/u", "z".repeat(length));

      assertThat(response.statusCode()).isEqualTo(length == 0 ? 200 : 413);
      assertThat(mock.allCalls()).singleElement().hasStatus(length == 0 ? 200 : 413);
    }

    @Test
    void recordsAnEmptyBodyForACallWithoutOne() {
      MockServer mock = serve(example("u", "GET", "/u").build());

      Http.get(mock.baseUrl(), "/u");

      assertThat(mock.allCalls().asList().get(0).requestBody()).isEmpty();
    }
  }

  @Nested
  class WhenNoExampleMatches {
    @Test
    void answers404WithPostmansEnvelopeAndADiagnosticsHeader() {
      MockServer mock = serve(example("ok", "GET", "/users").build());

      HttpResponse<String> response = Http.send(mock.baseUrl(), "POST", "/orders", "{}");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body())
          .isEqualTo(
              "{\"error\":{\"name\":\"mockRequestNotFoundError\",\"message\":\"Double check your"
                  + " method and the request path and try again.\",\"header\":\"No matching"
                  + " requests\"}}");
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/json; charset=utf-8");
      assertThat(response.headers().firstValue("X-Mock-Diagnostics")).isPresent();
    }

    @Test
    void recordsTheCallAsUnmatchedWithTheReason() {
      MockServer mock = serve(example("ok", "GET", "/users").build());

      Http.send(mock.baseUrl(), "POST", "/orders", "{}");

      RecordedCall call = mock.allCalls().asList().get(0);
      assertThat(call).hasToString("POST /orders -> 404 (no matching example)");
      assertThat(call.matched()).isFalse();
      assertThat(call.noMatchReason()).startsWith("No example matches [POST /orders]");
      assertThat(mock.allCalls().unmatched().size()).isEqualTo(1);
    }
  }

  @Nested
  class PrivateMock {
    @Test
    void refusesCallsWithoutTheKeyAndMasksItInTheLog() {
      MockServer mock = serve(MockServer.builder().apiKey("K"), example("x", "GET", "/x").build());

      int without = Http.get(mock.baseUrl(), "/x").statusCode();
      int with = Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "K").statusCode();

      assertThat(without).isEqualTo(401);
      assertThat(with).isEqualTo(200);
      assertThat(mock.allCalls().asList().get(1).requestHeader("X-Api-Key")).hasValue("***");
    }

    @Test
    void aPublicMockKeepsTheKeyTheClientSentSoATestCanCheckIt() {
      MockServer mock = serve(MockServer.builder(), example("x", "GET", "/x").build());

      Http.send(mock.baseUrl(), "GET", "/x", null, "X-API-Key", "live_adyen_key");

      assertThat(mock.calls()).singleElement().hasHeader("X-API-Key", "live_adyen_key");
    }

    @Test
    void aMockMadePublicWhileRunningStopsMaskingFromTheNextCall() {
      MockServer mock = serve(MockServer.builder().apiKey("K"), example("x", "GET", "/x").build());

      Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "K");
      mock.publicAccess();
      Http.send(mock.baseUrl(), "GET", "/x", null, "x-api-key", "client-key");

      assertThat(mock.allCalls().stream().map(c -> c.requestHeader("x-api-key").orElseThrow()))
          .containsExactly("***", "client-key");
    }
  }

  @Nested
  class CallLogs {
    @Test
    void keepsOnlyTheNewestCallsUpToMaxRecordedCalls() {
      MockServer mock =
          serve(MockServer.builder().maxRecordedCalls(2), example("ok", "GET", "/ok").build());

      for (int i = 1; i <= 3; i++) {
        Http.get(mock.baseUrl(), "/ok?n=" + i);
      }

      assertThat(mock.allCalls().asList())
          .extracting(RecordedCall::query)
          .containsExactly("n=2", "n=3");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1})
    void refusesAMaxRecordedCallsBelowOne(int max) {
      assertThatThrownBy(() -> MockServer.builder().maxRecordedCalls(max))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxRecordedCalls must be at least 1 but was [" + max + "]");
    }

    @Test
    void recordsEveryCallOfConcurrentClientsExactlyOnce() throws Exception {
      MockServer mock = serve(example("ok", "GET", "/ok").build());
      ExecutorService clients = Executors.newFixedThreadPool(8);
      List<Future<Integer>> results = new ArrayList<>();

      for (int i = 0; i < 400; i++) {
        int n = i;
        results.add(clients.submit(() -> Http.get(mock.baseUrl(), "/ok?n=" + n).statusCode()));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(200);
      }
      clients.shutdown();

      List<RecordedCall> calls = mock.allCalls().asList();
      assertThat(calls).hasSize(400);
      assertThat(calls).extracting(RecordedCall::query).doesNotHaveDuplicates();
      assertThat(calls).extracting(RecordedCall::sequence).isSorted();
    }

    @Test
    void separatesTheCallsOfEachTestScope() {
      MockServer mock = serve(example("ok", "GET", "/ok").build());
      Http.get(mock.baseUrl(), "/ok?before");

      try (TestScope scope = mock.beginTest("first")) {
        Http.get(mock.baseUrl(), "/ok?during");
        assertThat(mock.calls()).singleElement().hasMatchedExample("ok");
        assertThat(scope.calls().asList())
            .extracting(RecordedCall::query)
            .containsExactly("during");
      }

      assertThat(mock.allCalls().size()).isEqualTo(2);
    }

    @Test
    void describesTheMatchedExample() {
      MockServer mock =
          serve(example("Rex", "GET", "/pets/1").id("e-1").in("Pets", "Get pet").build());

      Http.get(mock.baseUrl(), "/pets/1");

      RecordedCall call = mock.calls().asList().get(0);
      assertThat(call).hasToString("GET /pets/1 -> 200 (example \"Rex\")");
      assertThat(call.matchedExampleId()).hasValue("e-1");
      assertThat(call.matchedExampleLocation()).hasValue("Pets / Get pet / Rex");
      assertThat(call.rule()).hasValue("U1_EXACT");
      assertThat(call.score()).hasValue(100);
    }
  }

  private static String raw(MockServer mock, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", mock.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readNBytes(12), StandardCharsets.US_ASCII);
    }
  }
}
