package io.github.postmanmock;

import io.github.postmanmock.internal.inline.Checks;
import io.github.postmanmock.internal.inline.RequestBodies;
import io.github.postmanmock.internal.inline.ResponseContent;
import io.github.postmanmock.internal.inline.Urls;
import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.StatusTexts;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.Variable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds an inline {@link Example}: first the request it answers, then, after {@link
 * #respond(int)}, the response it sends.
 *
 * <pre>{@code
 * Example pet = Examples.get("/pets/{{id}}")
 *     .header("Accept", "application/json")
 *     .respond(200)
 *     .json("{\"id\": {{id}}}")
 *     .named("any pet")
 *     .build();
 * }</pre>
 *
 * <p>{@link #header(String, String)} adds a request header before {@code respond} and a response
 * header after it. The other request methods ({@code query}, {@code jsonBody}, ...) may be called
 * at any time; the response methods ({@code json}, {@code text}, ..., {@code delay}) only after
 * {@code respond}. Arguments are checked at once; {@link #build()} checks the whole example.
 *
 * <p>A builder is mutable and not thread-safe; the examples it builds are immutable.
 *
 * @since 0.1
 */
public final class ExampleBuilder {
  private static final long MAX_DELAY_MS = 180_000;

  private final String method;
  private Url url;
  private final List<Header> requestHeaders = new ArrayList<>();
  private final RequestBodies requestBody = new RequestBodies();
  private Integer status;
  private final List<Header> responseHeaders = new ArrayList<>();
  private ResponseContent content = ResponseContent.NONE;
  private String name;
  private String id;
  private Duration delay = Duration.ZERO;
  private int uses;

  ExampleBuilder(String method, Url url) {
    this.method = method;
    this.url = url;
  }

  static ExampleBuilder from(Example example) {
    var model = example.model();
    ExampleRequest request = model.request();
    ExampleResponse response = model.response();
    ExampleBuilder b = new ExampleBuilder(request.method(), request.url());
    b.requestHeaders.addAll(request.headers());
    b.requestBody.set(request.body());
    b.status = response.statusCode();
    List<Header> headers = response.headers();
    int kept = example.hasAutoContentType() ? headers.size() - 1 : headers.size();
    b.responseHeaders.addAll(headers.subList(0, kept));
    byte[] binary = response.binaryBody();
    b.content =
        binary != null
            ? ResponseContent.binary(binary)
            : ResponseContent.text(response.body(), response.previewLanguage());
    b.name = example.hasDefaultName() ? null : model.name();
    b.id = model.id();
    b.delay = response.delay();
    b.uses = response.uses();
    return b;
  }

  /** Expect the query parameter {@code key=value} (added after any query written in the path). */
  public ExampleBuilder query(String key, String value) {
    Objects.requireNonNull(key, "key");
    List<QueryParam> query = new ArrayList<>(url.query());
    query.add(QueryParam.of(key, value));
    url =
        new Url(
            Urls.withQuery(url.raw(), key, value), url.host(), url.path(), query, url.variables());
    return this;
  }

  /**
   * Give the {@code :name} segment of the path a value: the example then matches that value only,
   * as a path variable with a value does in Postman. Without a value a {@code :name} segment
   * matches any one segment.
   */
  public ExampleBuilder pathVariable(String name, String value) {
    Objects.requireNonNull(value, "value");
    if (!url.path().contains(":" + Objects.requireNonNull(name, "name"))) {
      throw new IllegalArgumentException(
          "path variable ["
              + name
              + "] is not a segment of ["
              + url.raw()
              + "]; write the path"
              + " with a segment [:"
              + name
              + "]");
    }
    List<Variable> variables = new ArrayList<>(url.variables());
    variables.add(Variable.of(name, value));
    url = new Url(url.raw(), url.host(), url.path(), url.query(), variables);
    return this;
  }

  /**
   * Before {@link #respond(int)}: a header of the request (matched when header matching is on).
   * After it: a header of the response. Repeated names are kept, in order.
   */
  public ExampleBuilder header(String name, String value) {
    Header header = Header.of(Checks.headerName(name), Objects.requireNonNull(value, "value"));
    (status == null ? requestHeaders : responseHeaders).add(header);
    return this;
  }

  /** The request carries this JSON body (compared structurally when body matching is on). */
  public ExampleBuilder jsonBody(String json) {
    requestBody.raw(Objects.requireNonNull(json, "json"), "json");
    return this;
  }

  /** The request carries this text body. */
  public ExampleBuilder textBody(String text) {
    requestBody.raw(Objects.requireNonNull(text, "text"), "text");
    return this;
  }

  /** The request carries a GraphQL query with its variables as JSON text (may be empty). */
  public ExampleBuilder graphqlBody(String query, String variables) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(variables, "variables");
    requestBody.graphql(query, variables);
    return this;
  }

  /** The request carries a urlencoded form with these {@code key, value} pairs (order is free). */
  public ExampleBuilder formBody(String key, String value, String... more) {
    Objects.requireNonNull(more, "more");
    if (more.length % 2 != 0) {
      throw new IllegalArgumentException(
          "formBody takes key-value pairs but got ["
              + (more.length + 2)
              + "] strings; give a value for key ["
              + more[more.length - 1]
              + "]");
    }
    requestBody.field(BodyMode.URLENCODED, key, value);
    for (int i = 0; i < more.length; i += 2) {
      requestBody.field(BodyMode.URLENCODED, more[i], more[i + 1]);
    }
    return this;
  }

  /** The request carries a multipart form with this text field; file parts are not matched. */
  public ExampleBuilder multipartField(String key, String value) {
    requestBody.field(BodyMode.FORMDATA, key, value);
    return this;
  }

  /**
   * Switch to the response side: the mock answers with {@code status}.
   *
   * @param status an HTTP status code from 100 to 999
   */
  public ExampleBuilder respond(int status) {
    this.status = Checks.status(status);
    return this;
  }

  /** The response body is this JSON text (templates allowed); sets {@code Content-Type}. */
  public ExampleBuilder json(String json) {
    responseSide("json(...)");
    content = ResponseContent.text(Objects.requireNonNull(json, "json"), "json");
    return this;
  }

  /** The response body is this text (templates allowed); sets {@code Content-Type}. */
  public ExampleBuilder text(String text) {
    responseSide("text(...)");
    content = ResponseContent.text(Objects.requireNonNull(text, "text"), "text");
    return this;
  }

  /** The response body is these bytes, sent as they are: no variables or templates. */
  public ExampleBuilder bytes(byte[] body) {
    responseSide("bytes(...)");
    content = ResponseContent.binary(Objects.requireNonNull(body, "body").clone());
    return this;
  }

  /**
   * The response body is the content of {@code file}, read now: UTF-8 text is used like {@link
   * #text(String)} (JSON for {@code .json} files), anything else like {@link #bytes(byte[])}.
   */
  public ExampleBuilder body(Path file) {
    responseSide("body(Path)");
    content = ResponseContent.fromFile(Objects.requireNonNull(file, "file"));
    return this;
  }

  /**
   * Like {@link #body(Path)}, for a resource on the class path, such as {@code "pets/rex.json"}.
   */
  public ExampleBuilder bodyFromResource(String resource) {
    responseSide("bodyFromResource(...)");
    content = ResponseContent.fromResource(Objects.requireNonNull(resource, "resource"));
    return this;
  }

  /**
   * The example name, which {@code x-mock-response-name} selects; by default method, URL, status.
   */
  public ExampleBuilder named(String name) {
    this.name = Checks.notBlank("name", name);
    return this;
  }

  /** The example id, which {@code x-mock-response-id} selects and equal scores are sorted by. */
  public ExampleBuilder id(String id) {
    this.id = Checks.notBlank("id", id);
    return this;
  }

  /** Wait this long before answering with this example (at most 180 s, as Postman allows). */
  public ExampleBuilder delay(Duration delay) {
    responseSide("delay(...)");
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.toMillis() > MAX_DELAY_MS) {
      throw new IllegalArgumentException(
          "delay must be from 0 to " + MAX_DELAY_MS + " ms but was [" + delay.toMillis() + " ms]");
    }
    this.delay = delay;
    return this;
  }

  /**
   * Answer only the first {@code n} calls this example matches, then stand aside so that the next
   * best example answers. While it has uses left it wins ties against examples without a limit. The
   * count starts again with every test, or with {@link MockServer#resetScenarios()}. See {@code
   * docs/scenarios.md}.
   *
   * @param n at least 1
   */
  public ExampleBuilder times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be at least 1 but was [" + n + "]");
    }
    this.uses = n;
    return this;
  }

  /**
   * Break the connection with {@code fault} instead of answering; may stand in for {@link
   * #respond(int)} (the status is then 200, seen only with {@link Fault#TRUNCATED_BODY}). Adds the
   * response header {@value Fault#HEADER}, which is how a saved example asks for a fault.
   */
  public ExampleBuilder fault(Fault fault) {
    Objects.requireNonNull(fault, "fault");
    if (status == null) {
      status = 200;
    }
    responseHeaders.removeIf(h -> h.key().equalsIgnoreCase(Fault.HEADER));
    responseHeaders.add(Header.of(Fault.HEADER, fault.name()));
    return this;
  }

  /**
   * The example.
   *
   * @throws IllegalStateException when {@link #respond(int)} was never called
   */
  public Example build() {
    if (status == null) {
      throw new IllegalStateException(
          "example ["
              + method
              + " "
              + url.raw()
              + "] has no response; call respond(status) before build()");
    }
    ExampleRequest request = new ExampleRequest(method, url, requestHeaders, requestBody.get());
    String exampleName = name != null ? name : method + " " + url.raw() + " -> " + status;
    ExampleResponse response =
        new ExampleResponse(
            status,
            StatusTexts.of(status),
            content.withContentType(responseHeaders),
            content.text(),
            content.language(),
            content.bytes(),
            delay,
            uses);
    var model =
        new io.github.postmanmock.internal.model.MockExample(
            id, exampleName, List.of(), "inline", "", 0, request, response);
    return new Example(model, name == null, content.addsContentType(responseHeaders));
  }

  private void responseSide(String what) {
    if (status == null) {
      throw new IllegalStateException(
          what + " describes the response; call respond(status) before it");
    }
  }
}
