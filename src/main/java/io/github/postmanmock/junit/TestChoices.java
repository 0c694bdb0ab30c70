package io.github.postmanmock.junit;

import io.github.postmanmock.TestScope;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Applies {@link UseExample} and {@link MockVariable} of a test to its scope. */
final class TestChoices {
  private TestChoices() {}

  static void apply(TestScope scope, ExtensionContext context) {
    List<AnnotatedElement> outerFirst = new ArrayList<>(context.getEnclosingTestClasses());
    outerFirst.add(context.getRequiredTestClass());
    context.getTestMethod().ifPresent(outerFirst::add);
    try {
      for (Map.Entry<String, String> v : variables(outerFirst).entrySet()) {
        scope.variable(v.getKey(), v.getValue());
      }
      List<String> examples = examples(outerFirst);
      if (!examples.isEmpty()) {
        scope.useExamples(examples.toArray(String[]::new));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      scope.close();
      throw new ExtensionConfigurationException(
          "@UseExample/@MockVariable of [" + context.getDisplayName() + "]: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> variables(List<AnnotatedElement> outerFirst) {
    Map<String, String> out = new LinkedHashMap<>();
    for (AnnotatedElement element : outerFirst) {
      for (MockVariable v :
          AnnotationSupport.findRepeatableAnnotations(element, MockVariable.class)) {
        out.put(v.name(), v.value());
      }
    }
    return out;
  }

  private static List<String> examples(List<AnnotatedElement> outerFirst) {
    for (int i = outerFirst.size() - 1; i >= 0; i--) {
      Optional<UseExample> found =
          AnnotationSupport.findAnnotation(outerFirst.get(i), UseExample.class);
      if (found.isPresent()) {
        return List.of(found.get().value());
      }
    }
    return List.of();
  }
}
