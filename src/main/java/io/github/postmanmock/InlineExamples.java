package io.github.postmanmock;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.server.ExampleExtras;
import io.github.postmanmock.internal.server.MockHttpServer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inline examples of one server: those given to the builder, whose delays and binary bodies the
 * server needs, and those added during a test, which are matched first and removed when the test
 * ends.
 *
 * <p>Thread-safe.
 */
final class InlineExamples {
  private final MockHttpServer http;
  private final Map<io.github.postmanmock.internal.model.Example, Example> byModel =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private final List<Added> added = new ArrayList<>();
  private int order;

  private record Added(Object owner, io.github.postmanmock.internal.model.Example model) {}

  /** Register {@code given}, the builder's examples, against the server's loaded examples. */
  InlineExamples(MockHttpServer http, List<Example> given) {
    this.http = http;
    Deque<Example> pending = new ArrayDeque<>(given);
    for (var model : http.engine().examples()) {
      Example next = pending.peekFirst();
      if (next != null && model.withOrder(0).equals(next.model())) {
        byModel.put(model, pending.removeFirst());
      }
    }
    http.extras(this::extras);
  }

  private ExampleExtras extras(io.github.postmanmock.internal.model.Example model) {
    Example example = byModel.get(model);
    return example == null
        ? ExampleExtras.NONE
        : new ExampleExtras(example.delay(), example.binaryBody());
  }

  /** Add {@code example} until {@link #removeAll(Object)} is called with {@code owner}. */
  synchronized void add(Object owner, Example example) {
    var model = example.model().withOrder(order++);
    byModel.put(model, example);
    added.add(new Added(owner, model));
    rebuild();
  }

  /** Remove the examples added for {@code owner}. */
  synchronized void removeAll(Object owner) {
    List<Added> ending = added.stream().filter(a -> a.owner() == owner).toList();
    if (ending.isEmpty()) {
      return;
    }
    ending.forEach(a -> byModel.remove(a.model()));
    added.removeAll(ending);
    rebuild();
  }

  private void rebuild() {
    if (added.isEmpty()) {
      http.preferEngine(null);
      return;
    }
    List<io.github.postmanmock.internal.model.Example> models =
        added.stream().map(Added::model).toList();
    MatchEngine base = http.engine();
    http.preferEngine(MatchEngine.of(models, base.variables(), base.options()));
  }
}
