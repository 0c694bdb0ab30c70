package io.github.postmanmock;

import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import java.util.ArrayList;
import java.util.List;

/** Builds model examples for tests, the way the collection loader would. */
final class ExampleFixture {
  private String id;
  private final String name;
  private final String method;
  private Url url;
  private Integer code;
  private final List<Header> requestHeaders = new ArrayList<>();
  private RequestBody requestBody = RequestBody.NONE;
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
  static ExampleFixture example(String name, String method, String url) {
    return new ExampleFixture(name, method, url).code(200);
  }

  ExampleFixture id(String value) {
    id = value;
    return this;
  }

  ExampleFixture code(Integer value) {
    code = value;
    return this;
  }

  ExampleFixture url(Url value) {
    url = value;
    return this;
  }

  ExampleFixture requestHeader(String key, String value) {
    requestHeaders.add(Header.of(key, value));
    return this;
  }

  ExampleFixture requestBody(RequestBody value) {
    requestBody = value;
    return this;
  }

  ExampleFixture header(String key, String value) {
    headers.add(Header.of(key, value));
    return this;
  }

  ExampleFixture header(Header header) {
    headers.add(header);
    return this;
  }

  ExampleFixture body(String value) {
    body = value;
    return this;
  }

  ExampleFixture previewLanguage(String value) {
    previewLanguage = value;
    return this;
  }

  ExampleFixture in(String... folderAndRequest) {
    itemPath = List.of(folderAndRequest);
    return this;
  }

  Example build() {
    List<String> path = itemPath.isEmpty() ? List.of(name + " request") : itemPath;
    return new Example(
        id,
        name,
        path,
        "test",
        "",
        0,
        new ExampleRequest(method, url, requestHeaders, requestBody),
        new ExampleResponse(code, null, headers, body, previewLanguage));
  }
}
