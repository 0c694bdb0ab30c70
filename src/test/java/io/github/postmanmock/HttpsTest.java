package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS mocks: real TLS that a client trusting {@code sslContext()} passes and others fail. */
class HttpsTest {
  static final Path KEY_STORE = Path.of("src/test/resources/tls/test-keystore.p12");
  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(MockServer::close);
  }

  private MockServer start(MockServerBuilder builder) {
    MockServer mock =
        builder.example(Examples.get("/pets/1").named("Rex").respond(200).json("{}")).start();
    started.add(mock);
    return mock;
  }

  @Test
  void aClientTrustingTheMockGetsTheExampleOverHttps() {
    MockServer mock = start(MockServer.builder().https());

    HttpResponse<String> response = Tls.trusting(mock).get(mock.baseUrl() + "/pets/1");

    assertThat(mock.baseUrl()).startsWith("https://127.0.0.1:");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.uri().getScheme()).isEqualTo("https");
    assertThat(mock.calls().asList())
        .singleElement()
        .satisfies(c -> assertThat(c.matchedExample()).contains("Rex"));
    assertThat(mock.toString()).startsWith("MockServer[https://127.0.0.1:");
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateFailsTheHandshake() {
    MockServer mock = start(MockServer.builder().https());
    HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/pets/1"))
            .timeout(Duration.ofSeconds(60))
            .build();

    assertThatThrownBy(() -> untrusting.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(SSLHandshakeException.class);
    assertThat(mock.allCalls().isEmpty()).isTrue();
    assertThat(Tls.trusting(mock).get(mock.baseUrl() + "/pets/1").statusCode()).isEqualTo(200);
  }

  @Test
  void hostnameVerificationPassesForLocalhostAndTheLoopbackAddress() {
    MockServer mock = start(MockServer.builder().https());
    Tls client = Tls.trusting(mock);

    assertThat(client.get("https://localhost:" + mock.port() + "/pets/1").statusCode())
        .isEqualTo(200);
    assertThat(client.get("https://127.0.0.1:" + mock.port() + "/pets/1").statusCode())
        .isEqualTo(200);
  }

  @Test
  void anHttpsMockOnTheIpv6LoopbackPassesHostnameVerification() {
    assumeTrue(ipv6Loopback(), "no IPv6 loopback on this machine");
    MockServer mock = start(MockServer.builder().https().host("::1"));

    assertThat(mock.baseUrl()).startsWith("https://[");
    assertThat(Tls.trusting(mock).get(mock.baseUrl() + "/pets/1").statusCode()).isEqualTo(200);
  }

  private static boolean ipv6Loopback() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
      return socket.getLocalPort() > 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void theCertificateNamesTheLoopbackNamesAndComesAsPem() throws Exception {
    MockServer mock = start(MockServer.builder().https());
    X509Certificate cert = mock.certificate();

    assertThat(cert.getSubjectAlternativeNames().stream().map(n -> (Object) n.get(1)))
        .containsExactly((Object) "localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    cert.checkValidity(new Date());
    cert.verify(cert.getPublicKey()); // self-signed
    String pem = mock.certificatePem();
    assertThat(pem)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    X509Certificate parsed =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    assertThat(parsed).isEqualTo(cert);
  }

  @Test
  void everyHttpsMockOfTheJvmSharesOneGeneratedCertificate() {
    MockServer one = start(MockServer.builder().https());
    MockServer two = start(MockServer.builder().https());

    assertThat(two.certificate()).isEqualTo(one.certificate());
    assertThat(Tls.trusting(one).get(two.baseUrl() + "/pets/1").statusCode()).isEqualTo(200);
  }

  @Test
  void aPlainHttpMockHasNoCertificate() {
    MockServer mock = start(MockServer.builder());

    assertThat(mock.baseUrl()).startsWith("http://127.0.0.1:");
    assertThatThrownBy(mock::sslContext)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("serves plain HTTP")
        .hasMessageContaining("MockServer.builder().https()");
    assertThatThrownBy(mock::certificatePem).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyStoreGivesTheCertificateTheMockPresents() {
    MockServer mock = start(MockServer.builder().keyStore(KEY_STORE, "changeit".toCharArray()));

    assertThat(mock.baseUrl()).startsWith("https://");
    assertThat(mock.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=postman-mock test key store");
    assertThat(Tls.trusting(mock).get(mock.baseUrl() + "/pets/1").statusCode()).isEqualTo(200);
  }

  @Test
  void aKeyStoreIsFoundOnTheClassPathLikeACollection() {
    MockServer mock =
        start(MockServer.builder().keyStore("tls/test-keystore.p12", "changeit".toCharArray()));

    assertThat(Tls.trusting(mock).get(mock.baseUrl() + "/pets/1").statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> MockServer.builder().keyStore("tls/none.p12", new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key store [tls/none.p12] was not found");
  }

  @Test
  void aWrongKeyStorePasswordFailsTheStartNamingTheFile() {
    MockServerBuilder builder = MockServer.builder().keyStore(KEY_STORE, "wrong".toCharArray());

    assertThatThrownBy(() -> start(builder))
        .isInstanceOf(PostmanMockException.class)
        .hasMessageContaining("test-keystore.p12")
        .hasMessageContaining("password");
  }

  @Test
  void aFileThatIsNoKeyStoreFailsTheStartNamingIt(@TempDir Path dir) throws Exception {
    Path notPkcs12 = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n");
    Path missing = dir.resolve("missing.p12");

    assertThatThrownBy(() -> start(MockServer.builder().keyStore(notPkcs12, new char[0])))
        .isInstanceOf(PostmanMockException.class)
        .hasMessageContaining("cert.pem")
        .hasMessageContaining("not a PKCS12 key store");
    assertThatThrownBy(() -> start(MockServer.builder().keyStore(missing, new char[0])))
        .isInstanceOf(PostmanMockException.class)
        .hasMessageContaining("Cannot read the key store")
        .hasMessageContaining("missing.p12");
  }
}
