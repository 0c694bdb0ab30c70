package io.github.postmanmock.internal.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Makes a fresh self-signed X.509 v3 certificate for a loopback server: a new P-256 key pair, the
 * subject alternative names {@code localhost}, {@code 127.0.0.1} and {@code ::1}, the server-auth
 * extended key usage, and an ECDSA-with-SHA-256 signature by its own key (RFC 5280). Java 17 has no
 * public certificate builder, so the few DER structures are written by {@link Der}.
 *
 * <p>No basic-constraints or key-usage extension: a client that trusts this certificate directly
 * (curl's {@code --cacert}, Node's extra CA certificates, a Java trust store) then treats it as its
 * own trust anchor, which OpenSSL refuses for a key usage without certificate signing.
 */
final class SelfSignedCertificate {
  static final String SUBJECT = "postman-mock localhost";
  static final Duration VALIDITY = Duration.ofDays(365);
  private static final String ECDSA_SHA256 = "1.2.840.10045.4.3.2";

  private SelfSignedCertificate() {}

  /** A certificate valid from a day before {@code clock}'s now, and its key pair. */
  static Made make(Clock clock) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      ZonedDateTime now = ZonedDateTime.now(clock);
      byte[] algorithm = Der.sequence(Der.oid(ECDSA_SHA256));
      byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid("2.5.4.3"), Der.utf8(SUBJECT))));
      byte[] tbs =
          Der.sequence(
              Der.explicit(0, Der.integer(BigInteger.TWO)),
              Der.integer(new BigInteger(127, new SecureRandom()).add(BigInteger.ONE)),
              algorithm,
              name,
              Der.sequence(Der.utcTime(now.minusDays(1)), Der.utcTime(now.plus(VALIDITY))),
              name,
              keys.getPublic().getEncoded(),
              Der.explicit(3, Der.sequence(subjectAltNames(), serverAuth())));
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(tbs);
      byte[] der = Der.sequence(tbs, algorithm, Der.bits(signer.sign()));
      CertificateFactory x509 = CertificateFactory.getInstance("X.509");
      X509Certificate cert =
          (X509Certificate) x509.generateCertificate(new ByteArrayInputStream(der));
      return new Made(keys, cert);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "This JVM cannot make a self-signed P-256 certificate for HTTPS: " + e.getMessage(), e);
    }
  }

  /** A certificate and the key pair it certifies. */
  record Made(KeyPair keys, X509Certificate certificate) {}

  private static byte[] subjectAltNames() {
    byte[] names =
        Der.sequence(
            Der.implicit(2, "localhost".getBytes(StandardCharsets.US_ASCII)),
            Der.implicit(7, address("127.0.0.1")),
            Der.implicit(7, address("::1")));
    return Der.sequence(Der.oid("2.5.29.17"), Der.octets(names));
  }

  private static byte[] serverAuth() {
    byte[] usages = Der.sequence(Der.oid("1.3.6.1.5.5.7.3.1"));
    return Der.sequence(Der.oid("2.5.29.37"), Der.octets(usages));
  }

  private static byte[] address(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress(); // a literal: no name lookup
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Not an IP address literal [" + literal + "]", e);
    }
  }
}
