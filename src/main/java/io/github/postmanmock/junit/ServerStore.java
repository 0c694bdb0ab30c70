package io.github.postmanmock.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * What one registration keeps in the JUnit store: its running server, in the store of the context
 * that owns it (closed by JUnit when that context ends), and the call window of the current test.
 */
final class ServerStore {
  private static final Namespace NAMESPACE = Namespace.create(PostmanMockExtension.class);

  private final Registration registration;

  ServerStore(Registration registration) {
    this.registration = registration;
  }

  /** The server for {@code context}, or {@code null} when none has started. */
  ServerResource server(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(serverKey(context), ServerResource.class);
  }

  /** The server for {@code context}, started in the store of the context that owns it. */
  ServerResource serverOrStart(ExtensionContext context) {
    ServerResource resource = server(context);
    if (resource != null) {
      return resource;
    }
    ServerConfig config = registration.config(context);
    Class<?> testClass = context.getRequiredTestClass();
    RecordTarget recording = RecordTarget.of(context);
    return registration
        .owningContext(context)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            serverKey(context),
            k -> ServerResource.start(config, testClass, recording),
            ServerResource.class);
  }

  /** Keep {@code calls} as the call window of the test of {@code context}. */
  void putCalls(ExtensionContext context, TestCalls calls) {
    context.getStore(NAMESPACE).put(callsKey(context), calls);
  }

  /** The call window of the test of {@code context}, or {@code null} outside a test. */
  TestCalls calls(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(callsKey(context), TestCalls.class);
  }

  /** Forget the call window of the test of {@code context} and return it, or {@code null}. */
  TestCalls removeCalls(ExtensionContext context) {
    return context.getStore(NAMESPACE).remove(callsKey(context), TestCalls.class);
  }

  private ServerKey serverKey(ExtensionContext context) {
    return new ServerKey(registration.owner(context));
  }

  private CallsKey callsKey(ExtensionContext context) {
    return new CallsKey(registration.owner(context));
  }

  private record ServerKey(Object owner) {}

  private record CallsKey(Object owner) {}
}
