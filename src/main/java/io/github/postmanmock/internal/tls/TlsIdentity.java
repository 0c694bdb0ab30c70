package io.github.postmanmock.internal.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What an HTTPS mock presents: a private key, its certificate chain, the {@link SSLContext} the
 * server listens with, and one for clients that trusts exactly this certificate.
 *
 * <p>{@link #generated()} is made once per JVM, on first use, and shared by every HTTPS mock of the
 * JVM; its private key never leaves memory (see {@code docs/design/0005-https-certificate.md}).
 * Immutable and thread-safe.
 */
public final class TlsIdentity {
  private static final char[] IN_MEMORY = "postman-mock".toCharArray();

  private final List<X509Certificate> chain;
  private final SSLContext server;
  private final SSLContext trusting;

  private TlsIdentity(PrivateKey key, List<X509Certificate> chain) throws GeneralSecurityException {
    this.chain = List.copyOf(chain);
    KeyStore keys = emptyStore();
    keys.setKeyEntry("mock", key, IN_MEMORY, chain.toArray(new X509Certificate[0]));
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, IN_MEMORY);
    this.server = SSLContext.getInstance("TLS");
    server.init(kmf.getKeyManagers(), null, null);
    KeyStore trusted = emptyStore();
    trusted.setCertificateEntry("mock", chain.get(0));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trusted);
    this.trusting = SSLContext.getInstance("TLS");
    trusting.init(null, tmf.getTrustManagers(), null);
  }

  /** The self-signed identity of this JVM, made on first use. */
  public static TlsIdentity generated() {
    return Generated.IDENTITY;
  }

  /** A fresh self-signed identity whose validity starts from {@code clock}'s now. */
  static TlsIdentity generate(Clock clock) {
    SelfSignedCertificate.Made made = SelfSignedCertificate.make(clock);
    return of(made.keys().getPrivate(), List.of(made.certificate()));
  }

  static TlsIdentity of(PrivateKey key, List<X509Certificate> chain) {
    try {
      return new TlsIdentity(key, chain);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** Holds the JVM's identity: made when first asked for, at most once. */
  private static final class Generated {
    static final TlsIdentity IDENTITY = generate(Clock.systemUTC());
  }

  /** The context the server listens with: this key and chain. */
  public SSLContext serverContext() {
    return server;
  }

  /** A context for clients that trusts this certificate and no other. */
  public SSLContext trustingContext() {
    return trusting;
  }

  /** The certificate the server presents (the first of its chain). */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** {@link #certificate()} as PEM text, ending with a line break. */
  public String pem() {
    try {
      String base64 =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate().getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("Cannot encode the certificate: " + e.getMessage(), e);
    }
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("JKS"); // no slow password-based encryption in memory
    try {
      store.load(null, null);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot create an in-memory key store", e);
    }
    return store;
  }
}
