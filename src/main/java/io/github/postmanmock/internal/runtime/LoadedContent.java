package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.collection.CollectionWriter;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.Routes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a running mock answers from, as loaded from its options: the examples and routes, the
 * collection warnings, loading the files again and writing the examples out as a collection.
 * Thread-safe.
 */
public final class LoadedContent {
  private final ServerOptions options;
  private final MockHttpServer http;
  private final LiveMock live;
  private volatile List<String> warnings;

  LoadedContent(ServerOptions options, MockHttpServer http, LiveMock live, ServerPlan plan) {
    this.options = options;
    this.http = http;
    this.live = live;
    this.warnings = plan.warnings();
  }

  /** The collection warnings found at start or by the last {@link #reload()}. */
  public List<String> warnings() {
    return warnings;
  }

  /** Every example of the mock, those added in the current test included: the names tests use. */
  public List<MockExample> knownExamples() {
    return live.examples();
  }

  /** The examples the next call is matched against, in order. */
  public List<MockExample> examples() {
    return http.engine().examples();
  }

  public List<String> routes() {
    return Routes.describe(examples());
  }

  /** Read the files again; live edits of examples and variables are replaced by what they hold. */
  public void reload() {
    ServerPlan plan = ServerPlan.load(options);
    live.content(c -> plan.content());
    warnings = plan.warnings();
  }

  /** Write the examples and collection variables served now as a Postman collection file. */
  public void exportCollection(Path file) {
    MockContent content = live.content();
    byte[] json =
        CollectionWriter.write(
            options.settings().name(), content.examples(), content.collectionVariables());
    write(file, json);
  }

  /** Write {@code json} to {@code file}, naming the file when that fails. */
  public static void write(Path file, byte[] json) {
    try {
      Files.write(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the collection file [" + file.toAbsolutePath() + "]: " + e.getMessage(), e);
    }
  }
}
