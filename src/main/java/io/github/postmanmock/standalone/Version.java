package io.github.postmanmock.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of postman-mock, written into a resource by the build. */
final class Version {
  static final String RESOURCE = "version.properties";

  private Version() {}

  static String current() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read [" + RESOURCE + "]", e);
    }
  }
}
