package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.testing.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Record mode from an {@code https://} target with the JVM's default trust. The trusted case makes
 * the target's certificate the JVM default for as long as the recorder starts, so no other test may
 * run meanwhile.
 */
@Isolated("replaces the JVM's default SSLContext while a recorder starts")
class HttpsRecordingTest {
  @TempDir Path dir;

  private static MockServer target() {
    return MockServer.builder()
        .https()
        .example(Examples.get("/orders").named("Orders").respond(200).json("[{\"id\":7}]"))
        .start();
  }

  @Test
  void recordsFromAnHttpsTargetTheJvmTrustsAndServesTheRecorderOverHttps() throws Exception {
    Path out = dir.resolve("orders.postman_collection.json");
    try (MockServer target = target()) {
      SSLContext before = SSLContext.getDefault();
      SSLContext.setDefault(target.sslContext());
      MockServerBuilder builder =
          MockServer.builder().https().recordFrom(URI.create(target.baseUrl())).recordTo(out);
      MockServer recorder;
      try {
        recorder = builder.start();
      } finally {
        SSLContext.setDefault(before);
      }
      try (recorder) {
        HttpResponse<String> got = Tls.trusting(recorder).get(recorder.baseUrl() + "/orders");

        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo("[{\"id\":7}]");
        assertThat(target.allCalls().size()).isEqualTo(1);
      }
    }
    assertThat(Files.readString(out)).contains("/orders", "[{\\\"id\\\":7}]");
  }

  @Test
  void anHttpsTargetTheJvmDoesNotTrustIsA502ThatSaysWhy() {
    try (MockServer target = target();
        MockServer recorder =
            MockServer.builder()
                .recordFrom(URI.create(target.baseUrl()))
                .recordTo(dir.resolve("orders.json"))
                .start()) {
      HttpResponse<String> got =
          Http.send(
              HttpClient.newHttpClient(),
              HttpRequest.newBuilder(URI.create(recorder.baseUrl() + "/orders")),
              Duration.ofSeconds(60)); // the failed handshake behind it can be slow on a busy CI

      assertThat(got.statusCode()).isEqualTo(502);
      assertThat(got.body())
          .contains(target.baseUrl(), "does not trust", "javax.net.ssl.trustStore");
      assertThat(target.allCalls().isEmpty()).isTrue();
    }
  }
}
