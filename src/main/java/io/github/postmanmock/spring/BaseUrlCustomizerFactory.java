package io.github.postmanmock.spring;

import io.github.postmanmock.junit.PostmanMockExtension;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Finds the {@link BaseUrlProperty} fields of a test class (its superclasses and, for inner
 * classes, the classes that enclose them) when Spring builds the class's context configuration.
 * Registered in {@code META-INF/spring.factories}, so Spring loads it and nothing else does.
 */
final class BaseUrlCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    List<BaseUrlCustomizer.Binding> bindings = new ArrayList<>();
    for (Class<?> c = testClass; c != null; c = enclosing(c)) {
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field field : k.getDeclaredFields()) {
          BaseUrlProperty property = field.getAnnotation(BaseUrlProperty.class);
          if (property != null) {
            bindings.add(new BaseUrlCustomizer.Binding(checked(field), List.of(property.value())));
          }
        }
      }
    }
    return bindings.isEmpty() ? null : new BaseUrlCustomizer(bindings);
  }

  /** The class an inner (non-static) class belongs to, whose fields it sees. */
  private static Class<?> enclosing(Class<?> c) {
    return Modifier.isStatic(c.getModifiers()) ? null : c.getEnclosingClass();
  }

  private static Field checked(Field field) {
    String where = "@BaseUrlProperty on [" + field + "]";
    if (!Modifier.isStatic(field.getModifiers())) {
      throw new IllegalStateException(
          where
              + " needs a static field: Spring builds the context for the whole class, so the"
              + " mock must live as long as the class. Make the field static");
    }
    if (!PostmanMockExtension.class.isAssignableFrom(field.getType())) {
      throw new IllegalStateException(
          where
              + " needs a field of type PostmanMockExtension (with @RegisterExtension) but its"
              + " type is ["
              + field.getType().getName()
              + "]");
    }
    field.setAccessible(true);
    return field;
  }
}
