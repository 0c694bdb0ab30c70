package io.github.postmanmock;

import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import java.lang.reflect.InvocationTargetException;

/**
 * The one place that calls the collection loader, so that the public API does not care how files
 * become examples.
 */
final class CollectionFiles {
  private static final String PACKAGE = "io.github.postmanmock.internal.collection.";

  private CollectionFiles() {}

  static Collection readCollection(String source, byte[] json) {
    return call("CollectionReader", Collection.class, source, json);
  }

  static Environment readEnvironment(String source, byte[] json) {
    return call("EnvironmentReader", Environment.class, source, json);
  }

  // Temporary: the loader is written in parallel; this becomes a direct call once it lands.
  private static <T> T call(String reader, Class<T> type, String source, byte[] json) {
    try {
      Object result =
          Class.forName(PACKAGE + reader)
              .getMethod("read", String.class, byte[].class)
              .invoke(null, source, json);
      return type.cast(result);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new PostmanMockException("Cannot read [" + source + "]", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new PostmanMockException("The collection loader is missing", e);
    }
  }
}
