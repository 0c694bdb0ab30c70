package io.github.postmanmock.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Finds a collection or environment file named in {@link PostmanMock} the way {@code
 * MockServerBuilder.collection(String)} finds it, on the class path and then in the working
 * directory, with the one place only a test has tried between the two: next to the test class. The
 * builder reads the file; this class reads only what lies next to the class, and names all three
 * places when the file is nowhere.
 */
final class FileLocator {
  private FileLocator() {}

  /**
   * Hand the file {@code name} to the server builder: its name to {@code byName}, which finds it on
   * the class path or in the working directory, or its bytes to {@code byBytes} when it lies next
   * to the test class only.
   *
   * @throws ExtensionConfigurationException when it is in none of the three places
   */
  static void find(
      String name,
      String what,
      Class<?> testClass,
      Consumer<String> byName,
      BiConsumer<String, byte[]> byBytes) {
    String absolute = name.startsWith("/") ? name.substring(1) : name;
    boolean onClassPath = classLoader(testClass).getResource(absolute) != null;
    URL nextToClass = onClassPath ? null : testClass.getResource(name);
    Path file = Path.of(name);
    if (nextToClass != null) {
      byBytes.accept(name, read(nextToClass, what));
    } else if (onClassPath || Files.isRegularFile(file)) {
      byName.accept(name);
    } else {
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
  }

  private static byte[] read(URL url, String what) {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + what + " [" + url + "]", e);
    }
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
