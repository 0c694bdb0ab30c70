package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.tls.KeyStoreFile;
import io.github.postmanmock.internal.tls.TlsIdentity;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where an HTTPS mock's key and certificate come from: the certificate generated once per JVM, or a
 * PKCS12 key store. A key store is opened when the server starts, so a wrong password fails {@code
 * start()}, not the builder call.
 */
public final class TlsSource {
  /** The self-signed certificate for {@code localhost} made once per JVM. */
  public static final TlsSource GENERATED = new TlsSource(TlsIdentity::generated);

  private final Supplier<TlsIdentity> identity;

  private TlsSource(Supplier<TlsIdentity> identity) {
    this.identity = identity;
  }

  /** The first key and chain of the key store in {@code file}, opened with {@code password}. */
  public static TlsSource keyStore(Path file, char[] password) {
    Objects.requireNonNull(file, "file");
    char[] copy = Objects.requireNonNull(password, "password").clone();
    return new TlsSource(() -> KeyStoreFile.read(file, copy));
  }

  /**
   * As {@link #keyStore(Path, char[])}, from a key store found on the class path, else as a file;
   * read now.
   *
   * @throws IllegalArgumentException if it is neither, naming every place looked at
   */
  public static TlsSource keyStore(String resourceOrFile, char[] password) {
    byte[] pkcs12 = ResourceFiles.read(resourceOrFile, "key store");
    char[] copy = Objects.requireNonNull(password, "password").clone();
    return new TlsSource(() -> KeyStoreFile.read(resourceOrFile, pkcs12, copy));
  }

  /**
   * The identity to serve with.
   *
   * @throws io.github.postmanmock.PostmanMockException if the key store cannot be read or opened
   */
  TlsIdentity identity() {
    return identity.get();
  }
}
