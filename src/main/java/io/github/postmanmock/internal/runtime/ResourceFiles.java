package io.github.postmanmock.internal.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Finds a collection or environment named by a string: a resource on the class path of the thread's
 * context class loader, else a file relative to the working directory. The one such lookup: the
 * JUnit extension reaches it through {@code MockServerBuilder.collection(String)} and adds only the
 * place next to the test class.
 */
public final class ResourceFiles {
  private ResourceFiles() {}

  /**
   * The bytes of {@code name}.
   *
   * @param what what the file is, for the message: {@code collection} or {@code environment}
   * @throws IllegalArgumentException if it is neither a resource nor a file, naming both places
   * @throws UncheckedIOException if it cannot be read
   */
  public static byte[] read(String name, String what) {
    Objects.requireNonNull(name, what);
    String resource = name.startsWith("/") ? name.substring(1) : name;
    URL url = loader().getResource(resource);
    if (url != null) {
      try (InputStream in = url.openStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + what + " [" + url + "]", e);
      }
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " ["
              + name
              + "] was not found: looked on the class path as ["
              + resource
              + "] and in the working directory as ["
              + file.toAbsolutePath()
              + "]");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + what + " [" + file.toAbsolutePath() + "]", e);
    }
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ResourceFiles.class.getClassLoader();
  }
}
