package io.github.postmanmock.internal.tls;

import io.github.postmanmock.PostmanMockException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the identity of an HTTPS mock from a PKCS12 key store: its first private-key entry, whose
 * key and store share one password (as {@code keytool} and {@code openssl pkcs12} write them).
 * Every failure names the file and says what to fix.
 */
public final class KeyStoreFile {
  private KeyStoreFile() {}

  /**
   * Read {@code file}.
   *
   * @throws PostmanMockException if it cannot be read, is not PKCS12, the password is wrong, or it
   *     holds no private key with an X.509 certificate
   */
  public static TlsIdentity read(Path file, char[] password) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PostmanMockException(
          "Cannot read the key store [" + file.toAbsolutePath() + "]: " + e, e);
    }
    return read(file.toString(), bytes, password);
  }

  /** Read a PKCS12 key store given as bytes; {@code name} is for messages. */
  public static TlsIdentity read(String name, byte[] pkcs12, char[] password) {
    String where = "The key store [" + name + "]";
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(pkcs12), password);
    } catch (IOException e) {
      boolean wrongPassword = e.getCause() instanceof UnrecoverableKeyException;
      throw new PostmanMockException(
          where
              + (wrongPassword
                  ? " cannot be opened with the password given: check the password"
                  : " is not a PKCS12 key store (" + e.getMessage() + ")"),
          e);
    } catch (GeneralSecurityException e) {
      throw new PostmanMockException(where + " cannot be read: " + e.getMessage(), e);
    }
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          Key key = store.getKey(alias, password);
          List<X509Certificate> chain = x509(store.getCertificateChain(alias));
          if (key instanceof PrivateKey privateKey && !chain.isEmpty()) {
            return TlsIdentity.of(privateKey, chain);
          }
        }
      }
    } catch (GeneralSecurityException e) {
      throw new PostmanMockException(
          where + ": its private key cannot be read with the store's password: " + e, e);
    }
    throw new PostmanMockException(
        where
            + " holds no private key with a certificate; make one with: keytool -genkeypair"
            + " -storetype PKCS12 -keyalg EC -ext SAN=dns:localhost,ip:127.0.0.1 ...");
  }

  private static List<X509Certificate> x509(Certificate[] chain) {
    List<X509Certificate> out = new ArrayList<>();
    if (chain != null) {
      for (Certificate c : chain) {
        if (c instanceof X509Certificate x) {
          out.add(x);
        }
      }
    }
    return out;
  }
}
