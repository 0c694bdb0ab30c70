package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.PETS;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.testing.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @PostmanMock(https = true)}, its key-store attributes and the builder's equivalents. */
class HttpsExtensionTest {
  static HttpResponse<String> get(MockServer mock, String target) {
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(mock.sslContext())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    return Http.send(
        client,
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + target)),
        Duration.ofSeconds(60));
  }

  @Test
  void theAnnotationServesHttps() {
    run(AnnotationFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void theAnnotationReadsAKeyStoreFromTheClasspath() {
    run(KeyStoreFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void theBuilderServesHttps() {
    run(BuilderFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void theBuilderRejectsAKeyStoreFoundNowhereAtOnce() {
    assertThatThrownBy(() -> PostmanMockExtension.newInstance().keyStore("none.p12", new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key store [none.p12] was not found");
  }

  @PostmanMock(value = PETS, https = true)
  static class AnnotationFixture {
    @Test
    void serves(MockServer mock) {
      HttpResponse<String> rex = get(mock, "/pets/1");

      assertThat(mock.baseUrl()).startsWith("https://127.0.0.1:");
      assertThat(rex.statusCode()).isEqualTo(200);
      assertThat(mock.calls().asList())
          .singleElement()
          .satisfies(c -> assertThat(c.matched()).isTrue());
    }
  }

  @PostmanMock(value = PETS, keyStore = "tls/test-keystore.p12", keyStorePassword = "changeit")
  static class KeyStoreFixture {
    @Test
    void serves(MockServer mock) {
      assertThat(mock.certificate().getSubjectX500Principal().getName())
          .isEqualTo("CN=postman-mock test key store");
      assertThat(get(mock, "/pets/1").statusCode()).isEqualTo(200);
    }
  }

  static class BuilderFixture {
    @RegisterExtension
    static PostmanMockExtension extension =
        PostmanMockExtension.newInstance()
            .collection(PETS)
            .keyStore("tls/test-keystore.p12", "changeit".toCharArray())
            .https()
            .build();

    @Test
    void serves(MockServer mock) {
      assertThat(mock.baseUrl()).startsWith("https://");
      assertThat(mock.certificate().getSubjectX500Principal().getName())
          .isEqualTo("CN=postman-mock test key store");
      assertThat(get(mock, "/pets/1").statusCode()).isEqualTo(200);
    }
  }
}
