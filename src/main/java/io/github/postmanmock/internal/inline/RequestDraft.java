package io.github.postmanmock.internal.inline;

import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The request side of an inline example while it is being written: method, URL with its query and
 * path variables, headers and body. Each change is checked at once, with a message that names the
 * argument. Mutable and not thread-safe, like the builder it serves.
 */
public final class RequestDraft {
  private final String method;
  private Url url;
  private final List<Header> headers = new ArrayList<>();
  private final RequestBodies body = new RequestBodies();

  public RequestDraft(String method, Url url) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
  }

  /** A draft holding what {@code request} holds, to be changed further. */
  public static RequestDraft of(ExampleRequest request) {
    RequestDraft draft = new RequestDraft(request.method(), request.url());
    draft.headers.addAll(request.headers());
    draft.body.set(request.body());
    return draft;
  }

  /** Adds the query parameter {@code key=value} after any query the URL has. */
  public void query(String key, String value) {
    Objects.requireNonNull(key, "key");
    List<QueryParam> query = new ArrayList<>(url.query());
    query.add(QueryParam.of(key, value));
    url =
        new Url(
            Urls.withQuery(url.raw(), key, value), url.host(), url.path(), query, url.variables());
  }

  /** Gives the {@code :name} segment of the path a value. */
  public void pathVariable(String name, String value) {
    Objects.requireNonNull(value, "value");
    if (!url.path().contains(":" + Objects.requireNonNull(name, "name"))) {
      throw new IllegalArgumentException(
          "path variable [%s] is not a segment of [%s]; write the path with a segment [:%s]"
              .formatted(name, url.raw(), name));
    }
    List<Variable> variables = new ArrayList<>(url.variables());
    variables.add(Variable.of(name, value));
    url = new Url(url.raw(), url.host(), url.path(), url.query(), variables);
  }

  public void header(Header header) {
    headers.add(header);
  }

  /** A raw body in {@code language} ({@code json}, {@code text}). */
  public void raw(String text, String language) {
    body.raw(text, language);
  }

  public void graphql(String query, String variables) {
    body.graphql(query, variables);
  }

  /** Urlencoded form fields: {@code key, value} and then pairs of {@code more}. */
  public void formFields(String key, String value, String... more) {
    Objects.requireNonNull(more, "more");
    if (more.length % 2 != 0) {
      throw new IllegalArgumentException(
          "formBody takes key-value pairs but got [%d] strings; give a value for key [%s]"
              .formatted(more.length + 2, more[more.length - 1]));
    }
    body.field(BodyMode.URLENCODED, key, value);
    for (int i = 0; i < more.length; i += 2) {
      body.field(BodyMode.URLENCODED, more[i], more[i + 1]);
    }
  }

  /** A text field of a multipart form. */
  public void multipartField(String key, String value) {
    body.field(BodyMode.FORMDATA, key, value);
  }

  /** The method and URL as written, such as {@code GET /pets/{{id}}}, for names and messages. */
  public String describe() {
    return method + " " + url.raw();
  }

  public ExampleRequest build() {
    return new ExampleRequest(method, url, headers, body.get());
  }
}
