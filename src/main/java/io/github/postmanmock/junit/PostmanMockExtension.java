package io.github.postmanmock.junit;

import io.github.postmanmock.CallLog;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.TestScope;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link MockServer} for a test class (or a test), opens a call window around each test,
 * and injects {@link MockServer} and {@link CallLog}.
 *
 * <p>Used through {@link PostmanMock}, or registered programmatically:
 *
 * <pre>{@code
 * @RegisterExtension
 * static PostmanMockExtension mock =
 *     PostmanMockExtension.newInstance().collection("petstore.postman_collection.json").build();
 * }</pre>
 *
 * A static field gives one server per class, an instance field one server per test. While it runs,
 * the field hands it out with {@link #server()} and {@link #baseUrl()}, for code that cannot take a
 * parameter, such as a Spring {@code @DynamicPropertySource} method.
 *
 * <p>Thread-safe: servers and call windows live in the JUnit store; the extension itself keeps only
 * its immutable configuration and the server it currently hands out.
 *
 * @since 0.1
 */
public final class PostmanMockExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver {

  private final Registration registration;
  private final ServerStore store;

  private final ServerHandout handout = new ServerHandout();

  /**
   * Create the extension {@link PostmanMock} registers; configuration comes from the annotation.
   */
  PostmanMockExtension() {
    this(Registration.annotated());
  }

  PostmanMockExtension(ServerConfig programmatic) {
    this(Registration.programmatic(programmatic));
  }

  private PostmanMockExtension(Registration registration) {
    this.registration = registration;
    this.store = new ServerStore(registration);
  }

  /** Return a builder for registering the extension with {@code @RegisterExtension}. */
  public static PostmanMockExtensionBuilder newInstance() {
    return new PostmanMockExtensionBuilder();
  }

  /**
   * Return the running server of this registration: from the start of the class that declares the
   * static {@code @RegisterExtension} field (before its {@code @BeforeAll} methods and before
   * Spring builds its application context) to the end of that class; for an instance field, during
   * each test.
   *
   * @throws IllegalStateException before the class has started or after it has ended, saying which
   */
  public MockServer server() {
    return handout.server("server");
  }

  /**
   * Return the base URL of the running server, such as {@code http://127.0.0.1:54321}, valid as
   * long as {@link #server()} is. This is what a Spring test hands to the application:
   *
   * <pre>{@code
   * @RegisterExtension
   * static PostmanMockExtension mock =
   *     PostmanMockExtension.newInstance().collection("petstore.postman_collection.json").build();
   *
   * @DynamicPropertySource
   * static void petstore(DynamicPropertyRegistry registry) {
   *   registry.add("petstore.base-url", mock::baseUrl);
   * }
   * }</pre>
   *
   * @throws IllegalStateException before the class has started or after it has ended, saying which
   */
  public String baseUrl() {
    return handout.server("baseUrl").baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (registration.isActive(context)) {
      ServerResource resource = resource(context);
      if (registration.ownsServer(context)) {
        ClassReport.atStart(context, resource.server());
      }
    }
  }

  /** Report coverage and late calls when the class that owns the server ends. */
  @Override
  public void afterAll(ExtensionContext context) {
    if (registration.isActive(context) && registration.ownsServer(context)) {
      ServerResource resource = store.server(context);
      if (resource != null) {
        ClassReport.atEnd(context, resource.server(), resource.config());
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!registration.isActive(context)) {
      return;
    }
    ServerResource resource = resource(context);
    String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
    TestScope scope = resource.server().beginTest(name);
    TestChoices.apply(scope, context);
    TestCalls calls = new TestCalls(scope, resource);
    store.putCalls(context, calls);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestCalls calls = store.removeCalls(context);
    if (calls != null) {
      calls.finish();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MockServer.class || type == CallLog.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ServerResource resource = resolvable(parameter, context);
    if (parameter.getParameter().getType() == MockServer.class) {
      return resource.server();
    }
    TestCalls calls = store.calls(context);
    return calls != null ? calls.calls() : resource.server().allCalls();
  }

  private ServerResource resolvable(ParameterContext parameter, ExtensionContext context) {
    if (!registration.isActive(context)) {
      throw new ParameterResolutionException(
          "No @PostmanMock server is active for ["
              + context.getRequiredTestClass().getName()
              + "] to inject into ["
              + parameter.getDeclaringExecutable()
              + "]; annotate the"
              + " class (or an enclosing class) with @PostmanMock(\"your.postman_collection.json\")");
    }
    return resource(context);
  }

  /** The server for {@code context}, started if need be; handed out by a programmatic field. */
  private ServerResource resource(ExtensionContext context) {
    ServerResource resource = store.serverOrStart(context);
    if (registration.isProgrammatic()) {
      handout.offer(resource);
    }
    return resource;
  }
}
