package io.github.postmanmock.standalone;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The HTTPS part of {@code serve}: sets up the builder from {@code --https} / {@code --keystore},
 * then writes the certificate's PEM to a temporary file (removed when the JVM exits) and says where
 * in the banner, so that {@code curl --cacert}, Newman's {@code --ssl-extra-ca-certs} or a browser
 * can trust it; {@code --print-certificate} prints the PEM text as well.
 */
final class HttpsBanner {
  private HttpsBanner() {}

  static void configure(MockServerBuilder builder, Arguments.Https https) {
    if (!https.on()) {
      return;
    }
    if (https.keyStore().isPresent()) {
      Path file = https.keyStore().get();
      if (!Files.isRegularFile(file)) {
        throw new UsageException(
            "The key store file [" + file + "] does not exist or is not a file");
      }
      builder.keyStore(file, https.keyStorePassword().toCharArray());
    } else {
      builder.https();
    }
  }

  /** Print the certificate lines of the banner; nothing for a plain HTTP server. */
  static void print(MockServer server, Arguments.Https https, PrintStream out, PrintStream err) {
    if (!https.on()) {
      return;
    }
    String pem = server.certificatePem();
    try {
      Path file = Files.createTempFile("postman-mock-" + server.port() + "-", ".pem");
      file.toFile().deleteOnExit();
      Files.writeString(file, pem);
      out.println("Certificate:  " + file.toAbsolutePath());
      out.println("              trust it: curl --cacert FILE, newman --ssl-extra-ca-certs FILE");
    } catch (IOException e) {
      err.println(
          "Cannot write the certificate to a temporary file ("
              + e
              + ");"
              + " --print-certificate prints it");
    }
    if (https.printCertificate()) {
      out.print(pem);
    }
  }
}
