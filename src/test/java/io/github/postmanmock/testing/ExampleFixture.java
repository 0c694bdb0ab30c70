package io.github.postmanmock.testing;

import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds model examples for tests, the way the collection loader would; the one fixture of the
 * server, engine and conformance tests.
 */
public final class ExampleFixture {
  private String id;
  private String name;
  private final String method;
  private Url url;
  private Integer code = 200;
  private final List<Header> requestHeaders = new ArrayList<>();
  private RequestBody requestBody = RequestBody.NONE;
  private final List<Variable> pathVariables = new ArrayList<>();
  private final Set<String> disabledQuery = new HashSet<>();
  private final List<Header> headers = new ArrayList<>();
  private String body;
  private String previewLanguage;
  private List<String> itemPath = List.of();

  private ExampleFixture(String name, String method, String url) {
    this.name = name;
    this.method = method;
    this.url = UrlParser.parse(url);
  }

  /** An example named {@code name} for {@code method url} that answers 200 without a body. */
  public static ExampleFixture example(String name, String method, String url) {
    return new ExampleFixture(name, method, url);
  }

  /** An example named {@code example} for {@code method url}. */
  public static ExampleFixture of(String method, String url) {
    return example("example", method, url);
  }

  /** An example named {@code example} for {@code GET url}. */
  public static ExampleFixture get(String url) {
    return of("GET", url);
  }

  public ExampleFixture id(String value) {
    id = value;
    return this;
  }

  public ExampleFixture name(String value) {
    name = value;
    return this;
  }

  public ExampleFixture code(Integer value) {
    code = value;
    return this;
  }

  public ExampleFixture url(Url value) {
    url = value;
    return this;
  }

  public ExampleFixture requestHeader(String key, String value) {
    requestHeaders.add(Header.of(key, value));
    return this;
  }

  public ExampleFixture requestBody(RequestBody value) {
    requestBody = value;
    return this;
  }

  /** Adds a {@code :key} path variable to the request URL. */
  public ExampleFixture pathVariable(String key, String value) {
    pathVariables.add(Variable.of(key, value));
    return this;
  }

  /** Marks the query parameter {@code key} of the request URL disabled. */
  public ExampleFixture disableQuery(String key) {
    disabledQuery.add(key);
    return this;
  }

  /** Adds a response header. */
  public ExampleFixture header(String key, String value) {
    headers.add(Header.of(key, value));
    return this;
  }

  /** Adds a response header. */
  public ExampleFixture header(Header header) {
    headers.add(header);
    return this;
  }

  /** Sets the response body. */
  public ExampleFixture body(String value) {
    body = value;
    return this;
  }

  public ExampleFixture previewLanguage(String value) {
    previewLanguage = value;
    return this;
  }

  /** Puts the example under the folders and request named {@code folderAndRequest}. */
  public ExampleFixture in(String... folderAndRequest) {
    itemPath = List.of(folderAndRequest);
    return this;
  }

  /** The example, first in its collection, under request {@code <name> request}. */
  public MockExample build() {
    return build(itemPath.isEmpty() ? List.of(name + " request") : itemPath, "", 0);
  }

  /** The example at position {@code order} of its collection, under request {@code item N}. */
  public MockExample build(int order) {
    return build(itemPath.isEmpty() ? List.of("item " + order) : itemPath, "/item/" + order, order);
  }

  private MockExample build(List<String> path, String pointer, int order) {
    List<QueryParam> query = new ArrayList<>();
    for (QueryParam p : url.query()) {
      query.add(
          new QueryParam(p.key(), p.value(), p.disabled() || disabledQuery.contains(p.key())));
    }
    List<Variable> variables = new ArrayList<>(url.variables());
    variables.addAll(pathVariables);
    Url full = new Url(url.raw(), url.host(), url.path(), query, variables);
    return new MockExample(
        id,
        name,
        path,
        "test",
        pointer,
        order,
        new ExampleRequest(method, full, requestHeaders, requestBody),
        new ExampleResponse(code, null, headers, body, previewLanguage));
  }

  /** Examples numbered in list order. */
  public static List<MockExample> all(ExampleFixture... examples) {
    List<MockExample> out = new ArrayList<>();
    for (ExampleFixture e : examples) {
      out.add(e.build(out.size()));
    }
    return out;
  }
}
