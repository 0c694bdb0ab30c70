package io.github.postmanmock.junit;

import io.github.postmanmock.MockServer;
import io.github.postmanmock.MockServerBuilder;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A running server in the JUnit store: closed by JUnit when the context that owns it ends (the
 * {@code TempDirectory} recipe: both interfaces, so it closes on every JUnit 5.x and 6.x).
 */
@SuppressWarnings("deprecation")
final class ServerResource implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final MockServer server;
  private final ServerConfig config;
  private final List<Runnable> onClose = new CopyOnWriteArrayList<>();

  private ServerResource(MockServer server, ServerConfig config) {
    this.server = server;
    this.config = config;
  }

  static ServerResource start(ServerConfig config, Class<?> testClass, RecordTarget recording) {
    MockServerBuilder builder = MockServer.builder();
    config.options().forEach(option -> option.accept(builder));
    URI recordFrom =
        config.collection().isEmpty() && config.recordFrom().isBlank()
            ? null
            : recording.target(config.recordFrom(), "[" + testClass.getName() + "]");
    if (recordFrom != null) {
      if (config.collection().isEmpty()) {
        throw new ExtensionConfigurationException(
            "["
                + testClass.getName()
                + "] records from ["
                + recordFrom
                + "] but names no collection file to write the examples to."
                + " Give one: @PostmanMock(value = \"orders.postman_collection.json\", recordFrom = ...)");
      }
      builder.recordFrom(recordFrom).recordTo(recording.file(config.collection(), testClass));
    } else if (!config.collection().isEmpty()) {
      FileLocator.find(
          config.collection(), "collection", testClass, builder::collection, builder::collection);
    }
    if (!config.environment().isEmpty()) {
      FileLocator.find(
          config.environment(),
          "environment",
          testClass,
          builder::environment,
          builder::environment);
    }
    return new ServerResource(builder.start(), config);
  }

  MockServer server() {
    return server;
  }

  ServerConfig config() {
    return config;
  }

  /** Run {@code action} when the server closes, just before its port does. */
  void whenClosed(Runnable action) {
    onClose.add(action);
  }

  @Override
  public void close() {
    try {
      onClose.forEach(Runnable::run);
    } finally {
      server.close();
    }
  }
}
