package io.github.postmanmock.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Finds a collection or environment file: on the test classpath (as given, then relative to the
 * test class's package), then relative to the working directory.
 */
final class FileLocator {
  private FileLocator() {}

  /** The file's bytes; fails the class with every place it looked when the file is nowhere. */
  static byte[] read(String name, String what, Class<?> testClass) {
    ClassLoader loader = classLoader(testClass);
    String absolute = name.startsWith("/") ? name.substring(1) : name;
    URL url = loader.getResource(absolute);
    if (url == null) {
      url = testClass.getResource(name);
    }
    if (url != null) {
      try (InputStream in = url.openStream()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + what + " [" + url + "]", e);
      }
    }
    Path file = Path.of(name);
    if (Files.isRegularFile(file)) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot read " + what + " [" + file.toAbsolutePath() + "]", e);
      }
    }
    throw new ExtensionConfigurationException(
        "@PostmanMock "
            + what
            + " ["
            + name
            + "] was not found for ["
            + testClass.getName()
            + "]. Looked on the test classpath as ["
            + absolute
            + "], next to the class as ["
            + packagePath(testClass)
            + name
            + "], and in the working directory as ["
            + file.toAbsolutePath()
            + "]. Put the file under src/test/resources or give a path"
            + " relative to the working directory");
  }

  private static ClassLoader classLoader(Class<?> testClass) {
    ClassLoader loader = testClass.getClassLoader();
    return loader != null ? loader : ClassLoader.getSystemClassLoader();
  }

  private static String packagePath(Class<?> testClass) {
    String pkg = testClass.getPackageName();
    return pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
  }
}
