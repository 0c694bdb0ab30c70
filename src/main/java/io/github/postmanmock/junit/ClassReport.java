package io.github.postmanmock.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.ExampleCoverage;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.RecordedCall;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a mock reports to JUnit about a test class: collection warnings when it starts; when the
 * class ends, the example coverage (a report entry and {@code <dir>/<TestClass>-coverage.json}),
 * calls that arrived after their test ended, and, with {@code failOnUnusedExamples}, a failure.
 *
 * <p>The directory is {@code target/postman-mock}, or the JUnit configuration parameter {@value
 * #DIR_PROPERTY}: a system property of the test JVM or a line of {@code junit-platform.properties}
 * (Gradle builds set it to a folder under {@code build/}).
 */
final class ClassReport {
  static final String DIR_PROPERTY = "postmanmock.reportDir";
  static final String DEFAULT_DIR = "target/postman-mock";
  private static final System.Logger LOG = System.getLogger("io.github.postmanmock");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ClassReport() {}

  static void atStart(ExtensionContext context, MockServer server) {
    if (!server.warnings().isEmpty()) {
      context.publishReportEntry(
          "postman-mock.warnings", String.join(System.lineSeparator(), server.warnings()));
    }
  }

  static void atEnd(ExtensionContext context, MockServer server, ServerConfig config) {
    ExampleCoverage coverage = server.coverage();
    List<RecordedCall> late = server.lateCalls().asList();
    context.publishReportEntry("postman-mock.coverage", coverage.toString());
    if (!late.isEmpty()) {
      String lines = late.stream().map(RecordedCall::toString).collect(Collectors.joining("; "));
      String message =
          late.size()
              + (late.size() == 1 ? " call" : " calls")
              + " arrived after the test that made it had ended: "
              + lines;
      context.publishReportEntry("postman-mock.lateCalls", message);
      LOG.log(Level.WARNING, "[" + context.getDisplayName() + "] " + message);
    }
    Path dir = Path.of(context.getConfigurationParameter(DIR_PROPERTY).orElse(DEFAULT_DIR).trim());
    write(dir, context.getRequiredTestClass(), server, coverage, late);
    if (config.failOnUnusedExamples() && !coverage.unused().isEmpty()) {
      throw new AssertionError(
          "Examples of "
              + server
              + " never served by the tests of ["
              + context.getRequiredTestClass().getName()
              + "]: "
              + coverage.unused()
              + "\nTest them, delete them, or use "
              + config.failOnUnusedExamplesOptOut());
    }
  }

  private static void write(
      Path dir,
      Class<?> testClass,
      MockServer server,
      ExampleCoverage coverage,
      List<RecordedCall> late) {
    ObjectNode root = JSON.createObjectNode();
    root.put("testClass", testClass.getName());
    root.put("server", server.toString());
    ArrayNode examples = root.putArray("examples");
    coverage.counts().forEach((e, n) -> examples.addObject().put("example", e).put("calls", n));
    coverage.unused().forEach(root.putArray("unused")::add);
    late.forEach(c -> root.withArray("lateCalls").add(c.toString()));
    server.warnings().forEach(root.putArray("warnings")::add);
    Path file = dir.resolve(testClass.getName() + "-coverage.json");
    try {
      Files.createDirectories(file.getParent());
      JSON.writeValue(file.toFile(), root);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot write the coverage report [" + file + "]", e);
    }
  }
}
