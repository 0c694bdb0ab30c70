package io.github.postmanmock;

import io.github.postmanmock.internal.server.ExampleExtras;
import io.github.postmanmock.internal.server.MockHttpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inline examples of one server: those given to the builder, whose delays and binary bodies the
 * server needs, and those added during a test, which are matched first and removed when the test
 * ends.
 *
 * <p>Delays and binary bodies are found by the example's model without its position, because a live
 * edit renumbers the examples; of two inline examples that differ only in delay or binary body, the
 * first one's are used. Thread-safe.
 */
final class InlineExamples {
  private final LiveMock live;
  private final Map<io.github.postmanmock.internal.model.Example, Example> given =
      new ConcurrentHashMap<>();
  private final Map<io.github.postmanmock.internal.model.Example, Example> inTests =
      new ConcurrentHashMap<>();
  private final List<Added> added = new ArrayList<>();
  private int order;

  private record Added(
      Object owner, io.github.postmanmock.internal.model.Example model, Example example) {}

  InlineExamples(MockHttpServer http, LiveMock live, List<Example> builderExamples) {
    this.live = live;
    builderExamples.forEach(e -> given.putIfAbsent(key(e.model()), e));
    http.extras(this::extras);
  }

  private static io.github.postmanmock.internal.model.Example key(
      io.github.postmanmock.internal.model.Example model) {
    return model.withOrder(0);
  }

  /** {@code model} as a collection file holds it: with the text of its binary body, if any. */
  io.github.postmanmock.internal.model.Example forExport(
      io.github.postmanmock.internal.model.Example model) {
    Example example = given.get(key(model));
    return example == null ? model : example.exportModel().withOrder(model.order());
  }

  /**
   * Runs for every answered call. A mock without inline examples (the common case: a collection
   * file) skips the lookup, which copies the example and hashes all of it.
   */
  private ExampleExtras extras(io.github.postmanmock.internal.model.Example model) {
    if (given.isEmpty() && inTests.isEmpty()) {
      return ExampleExtras.NONE;
    }
    var key = key(model);
    Example example = inTests.get(key);
    if (example == null) {
      example = given.get(key);
    }
    return example == null
        ? ExampleExtras.NONE
        : new ExampleExtras(example.delay(), example.binaryBody());
  }

  /**
   * Match {@code example} before all others until {@link #removeAll(Object)} with {@code owner}.
   */
  synchronized void add(Object owner, Example example) {
    var model = example.model().withOrder(order++);
    inTests.putIfAbsent(key(model), example);
    added.add(new Added(owner, model, example));
    live.preferred(added.stream().map(Added::model).toList());
  }

  /** Remove the examples added for {@code owner}. */
  synchronized void removeAll(Object owner) {
    List<Added> ending = added.stream().filter(a -> a.owner() == owner).toList();
    if (ending.isEmpty()) {
      return;
    }
    added.removeAll(ending);
    inTests.clear();
    added.forEach(a -> inTests.putIfAbsent(key(a.model()), a.example()));
    live.preferred(added.stream().map(Added::model).toList());
  }
}
