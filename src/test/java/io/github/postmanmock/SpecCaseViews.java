package io.github.postmanmock;

import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.Rule;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Variable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the builder-parity runner compares: examples and decisions without where they came from. */
final class SpecCaseViews {
  private SpecCaseViews() {}

  /** What the engine and the renderer read; not where the example came from. */
  record EngineView(
      String id,
      String name,
      String method,
      List<String> path,
      List<QueryParam> query,
      Map<String, String> pathVariables,
      List<Header> headers,
      RequestBody body,
      int status,
      String responseBody) {

    static EngineView of(MockExample e) {
      var request = e.request();
      Map<String, String> pathVariables = new TreeMap<>();
      for (Variable v : request.url().variables()) {
        if (!v.disabled() && v.value() != null) {
          pathVariables.put(v.key(), v.value());
        }
      }
      return new EngineView(
          e.id(),
          e.name(),
          request.method(),
          request.url().path(),
          request.url().query().stream().filter(q -> !q.disabled()).toList(),
          pathVariables,
          request.headers().stream().filter(h -> !h.disabled()).toList(),
          request.body(),
          e.response().statusCode(),
          e.response().body());
    }
  }

  static List<EngineView> engineViews(List<MockExample> examples) {
    return examples.stream().map(EngineView::of).toList();
  }

  /** The examples without the fields that name their file and item. */
  static List<MockExample> fileFree(List<MockExample> examples) {
    return examples.stream()
        .map(
            e ->
                new MockExample(
                    e.id(), e.name(), List.of(), "", "", e.order(), e.request(), e.response()))
        .toList();
  }

  /** The parts of a decision a user sees: which example, its score and rule, and captures. */
  record DecisionView(
      boolean matched,
      String id,
      String name,
      double score,
      Rule rule,
      Map<String, String> captures) {
    static DecisionView of(Decision d) {
      var e = d.example();
      return new DecisionView(
          d.matched(),
          e == null ? null : e.id(),
          e == null ? null : e.name(),
          d.score(),
          d.rule(),
          new TreeMap<>(d.captures()));
    }
  }
}
