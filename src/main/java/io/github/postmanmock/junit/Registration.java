package io.github.postmanmock.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * How a {@link PostmanMockExtension} was registered, which decides where its configuration comes
 * from and which JUnit context owns its server: under {@link PostmanMock}, the annotation on the
 * test class or its innermost annotated enclosing class, which owns the server; programmatically,
 * the configuration built, owned by the context the field belongs to (a class for a static field, a
 * test for an instance field).
 */
final class Registration {
  /** The configuration of a programmatic registration; {@code null} for {@link PostmanMock}. */
  private final ServerConfig programmatic;

  private Registration(ServerConfig programmatic) {
    this.programmatic = programmatic;
  }

  /** The registration {@link PostmanMock} makes. */
  static Registration annotated() {
    return new Registration(null);
  }

  /** A registration with {@code @RegisterExtension} and {@code config}. */
  static Registration programmatic(ServerConfig config) {
    return new Registration(config);
  }

  boolean isProgrammatic() {
    return programmatic != null;
  }

  /**
   * Whether a server belongs to {@code context}: always for a programmatic registration; for
   * {@code @ExtendWith(PostmanMockExtension.class)} only under {@link PostmanMock}, otherwise
   * injection reports what is missing.
   */
  boolean isActive(ExtensionContext context) {
    return programmatic != null || annotatedClass(context).isPresent();
  }

  /** The configuration of the server for {@code context}, which must be active. */
  ServerConfig config(ExtensionContext context) {
    if (programmatic != null) {
      return programmatic;
    }
    Class<?> annotated = annotatedClass(context).orElseThrow();
    PostmanMock mock = AnnotationSupport.findAnnotation(annotated, PostmanMock.class).orElseThrow();
    return ConfigReader.read(mock, annotated);
  }

  /** What the server is keyed by: the annotated class, or this programmatic registration. */
  Object owner(ExtensionContext context) {
    return programmatic != null ? this : annotatedClass(context).orElse(null);
  }

  /** Whether {@code context} is the one whose end is the end of the server's class. */
  boolean ownsServer(ExtensionContext context) {
    return programmatic != null
        ? context.getEnclosingTestClasses().isEmpty()
        : owningContext(context).getUniqueId().equals(context.getUniqueId());
  }

  /**
   * The context whose store keeps the server: the annotated class's for {@link PostmanMock}; for a
   * programmatic registration the current one.
   */
  ExtensionContext owningContext(ExtensionContext context) {
    if (programmatic != null) {
      return context;
    }
    Class<?> annotated = annotatedClass(context).orElseThrow();
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent()
        || current.getTestClass().orElse(null) != annotated) {
      Optional<ExtensionContext> parent = current.getParent();
      if (parent.isEmpty()) {
        return context;
      }
      current = parent.get();
    }
    return current;
  }

  /** The innermost of the test class and its enclosing classes that carries the annotation. */
  private static Optional<Class<?>> annotatedClass(ExtensionContext context) {
    Optional<Class<?>> testClass = context.getTestClass();
    if (testClass.isEmpty()) {
      return Optional.empty();
    }
    List<Class<?>> candidates = new ArrayList<>(context.getEnclosingTestClasses());
    candidates.add(testClass.get());
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (AnnotationSupport.isAnnotated(candidates.get(i), PostmanMock.class)) {
        return Optional.of(candidates.get(i));
      }
    }
    return Optional.empty();
  }
}
