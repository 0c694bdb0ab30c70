package io.github.postmanmock.junit;

import io.github.postmanmock.MockServer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running server of a programmatic registration, for code that holds only the extension field:
 * a Spring {@code @DynamicPropertySource} supplier, a {@code @BeforeAll} method, a helper. It is
 * handed out from the moment the server starts until the moment it closes, and every call outside
 * that window fails with a message that says which side of it the caller is on.
 */
final class ServerHandout {
  private final AtomicReference<MockServer> current = new AtomicReference<>();
  private final AtomicBoolean ended = new AtomicBoolean();

  /** Hand out the server of {@code resource} until the resource closes. */
  void offer(ServerResource resource) {
    MockServer server = resource.server();
    if (current.getAndSet(server) != server) {
      ended.set(false);
      resource.whenClosed(
          () -> {
            if (current.compareAndSet(server, null)) {
              ended.set(true);
            }
          });
    }
  }

  /** The running server, or a clear failure before it started and after it stopped. */
  MockServer server(String method) {
    MockServer server = current.get();
    if (server != null) {
      return server;
    }
    String call = "PostmanMockExtension." + method + "()";
    if (ended.get()) {
      throw new IllegalStateException(
          call
              + " was called after its test class ended: the mock has stopped and its port is"
              + " closed. Call it while the class runs (a test, @BeforeAll or @AfterAll method,"
              + " or a @DynamicPropertySource supplier)");
    }
    throw new IllegalStateException(
        call
            + " was called before its test class started: the mock starts when JUnit starts the"
            + " class whose @RegisterExtension field holds it. Call it from a test, a @BeforeAll"
            + " method or a @DynamicPropertySource supplier, keep the field static, and do not"
            + " combine it with @TestInstance(PER_CLASS) under Spring, which builds the context"
            + " before the class starts");
  }
}
