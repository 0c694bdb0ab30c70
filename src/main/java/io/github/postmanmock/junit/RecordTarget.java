package io.github.postmanmock.junit;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Record mode under JUnit: which service to record from, and which file on disk the examples are
 * written to (the source file, not the copy Maven puts in {@code target/test-classes}).
 *
 * @param runTarget the {@value #RECORD_PROPERTY} configuration parameter, or empty
 * @param dir the {@value #DIR_PROPERTY} configuration parameter, or empty
 */
record RecordTarget(String runTarget, String dir) {
  /** The system property that switches every {@code @PostmanMock} of a run to recording. */
  static final String RECORD_PROPERTY = "postmanmock.record";

  /** The system property naming the directory recorded collections go to. */
  static final String DIR_PROPERTY = "postmanmock.recordDir";

  static final Path DEFAULT_DIR = Path.of("src", "test", "resources");

  /**
   * The run's settings, from JUnit configuration parameters: system properties ({@code
   * -Dpostmanmock.record=...}) or {@code junit-platform.properties}.
   */
  static RecordTarget of(ExtensionContext context) {
    return new RecordTarget(
        context.getConfigurationParameter(RECORD_PROPERTY).orElse(""),
        context.getConfigurationParameter(DIR_PROPERTY).orElse(""));
  }

  /**
   * The URL to record from: the mock's own {@code recordFrom}, else the {@value #RECORD_PROPERTY}
   * parameter, else {@code null} (the mock serves its collection as usual).
   */
  URI target(String recordFrom, String where) {
    String value = recordFrom.isBlank() ? runTarget : recordFrom;
    if (value.isBlank()) {
      return null;
    }
    try {
      return parse(value);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code value} as the URL of a service to record from, checked by {@link
   * MockServerBuilder#recordFrom(URI)}.
   *
   * @throws IllegalArgumentException if it is not a URL with a scheme and a host
   */
  static URI parse(String value) {
    URI uri;
    try {
      uri = URI.create(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the recording target must be a URL such as [http://localhost:8080] but was ["
              + value
              + "]",
          e);
    }
    MockServer.builder().recordFrom(uri);
    return uri;
  }

  /**
   * The file the examples of {@code collection} are written to: under the {@value #DIR_PROPERTY}
   * directory when it is set; else the file itself when it is a path relative to the working
   * directory that exists; else under {@code src/test/resources}, next to the test class's package
   * when the collection is already there, at the top otherwise.
   */
  Path file(String collection, Class<?> testClass) {
    String name = collection.startsWith("/") ? collection.substring(1) : collection;
    if (!dir.isBlank()) {
      return Path.of(dir).resolve(name);
    }
    if (Files.isRegularFile(Path.of(collection))) {
      return Path.of(collection);
    }
    Path top = DEFAULT_DIR.resolve(name);
    String pkg = testClass.getPackageName().replace('.', '/');
    Path nextToClass = DEFAULT_DIR.resolve(pkg).resolve(name);
    return !collection.startsWith("/") && !Files.exists(top) && Files.exists(nextToClass)
        ? nextToClass
        : top;
  }
}
