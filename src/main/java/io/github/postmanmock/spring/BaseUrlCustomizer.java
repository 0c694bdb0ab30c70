package io.github.postmanmock.spring;

import io.github.postmanmock.junit.PostmanMockExtension;
import java.lang.reflect.Field;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Adds the mocks' base URLs to a test context's environment, ahead of every other property source.
 * A record, so that Spring's context cache tells two classes' fields apart.
 *
 * @param bindings each annotated field with its property names
 */
record BaseUrlCustomizer(List<Binding> bindings) implements ContextCustomizer {

  @Override
  public void customizeContext(
      ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    context.getEnvironment().getPropertySources().addFirst(new Urls(bindings));
  }

  /**
   * A static {@code PostmanMockExtension} field and the properties that name its URL.
   *
   * @param field the annotated field
   * @param names the property names
   */
  record Binding(Field field, List<String> names) {
    String baseUrl() {
      try {
        return ((PostmanMockExtension) field.get(null)).baseUrl();
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read [" + field + "]", e);
      }
    }
  }

  /** Reads each URL when Spring asks for it, so the mock has started by then. */
  private static final class Urls extends EnumerablePropertySource<List<Binding>> {
    Urls(List<Binding> bindings) {
      super("postman-mock base URLs", bindings);
    }

    @Override
    public String[] getPropertyNames() {
      return getSource().stream().flatMap(b -> b.names().stream()).toArray(String[]::new);
    }

    @Override
    public Object getProperty(String name) {
      for (Binding binding : getSource()) {
        if (binding.names().contains(name)) {
          return binding.baseUrl();
        }
      }
      return null;
    }
  }
}
