package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds model examples for engine tests, the way the loader would from a collection. */
final class TestExample {
  private final String method;
  private final String url;
  private String id;
  private String name = "example";
  private Integer code = 200;
  private final List<Header> headers = new ArrayList<>();
  private RequestBody body = RequestBody.NONE;
  private final List<Variable> pathVariables = new ArrayList<>();
  private final Set<String> disabledQuery = new HashSet<>();

  private TestExample(String method, String url) {
    this.method = method;
    this.url = url;
  }

  static TestExample of(String method, String url) {
    return new TestExample(method, url);
  }

  static TestExample get(String url) {
    return of("GET", url);
  }

  TestExample id(String v) {
    id = v;
    return this;
  }

  TestExample name(String v) {
    name = v;
    return this;
  }

  TestExample code(Integer v) {
    code = v;
    return this;
  }

  TestExample header(String key, String value) {
    headers.add(Header.of(key, value));
    return this;
  }

  TestExample body(RequestBody v) {
    body = v;
    return this;
  }

  TestExample pathVariable(String key, String value) {
    pathVariables.add(Variable.of(key, value));
    return this;
  }

  TestExample disableQuery(String key) {
    disabledQuery.add(key);
    return this;
  }

  Example build(int order) {
    Url parsed = UrlParser.parse(url);
    List<QueryParam> query = new ArrayList<>();
    for (QueryParam p : parsed.query()) {
      query.add(new QueryParam(p.key(), p.value(), disabledQuery.contains(p.key())));
    }
    Url full = new Url(parsed.raw(), parsed.host(), parsed.path(), query, pathVariables);
    return new Example(
        id,
        name,
        List.of("item " + order),
        "test",
        "/item/" + order,
        order,
        new ExampleRequest(method, full, headers, body),
        new ExampleResponse(code, null, List.of(), "", null));
  }

  /** Examples numbered in list order. */
  static List<Example> all(TestExample... examples) {
    List<Example> out = new ArrayList<>();
    for (TestExample e : examples) {
      out.add(e.build(out.size()));
    }
    return out;
  }
}
