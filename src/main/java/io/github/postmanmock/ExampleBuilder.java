package io.github.postmanmock;

import io.github.postmanmock.internal.inline.Checks;
import io.github.postmanmock.internal.inline.RequestDraft;
import io.github.postmanmock.internal.inline.ResponseContent;
import io.github.postmanmock.internal.inline.ResponseDraft;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Url;
import java.nio.file.Path;
import java.time.Duration;
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
 * <p>A builder is mutable and not thread-safe; the examples it builds are immutable. It is the
 * public face of two drafts in {@code internal.inline}: one for the request, one for the response.
 *
 * @since 0.1
 */
public final class ExampleBuilder {
  private final RequestDraft request;
  private final ResponseDraft response;
  private String name;
  private String id;

  ExampleBuilder(String method, Url url) {
    this(new RequestDraft(method, url), new ResponseDraft());
  }

  private ExampleBuilder(RequestDraft request, ResponseDraft response) {
    this.request = request;
    this.response = response;
  }

  static ExampleBuilder from(Example example) {
    MockExample model = example.model();
    ExampleBuilder b =
        new ExampleBuilder(
            RequestDraft.of(model.request()),
            ResponseDraft.of(model.response(), example.hasAutoContentType()));
    b.name = example.hasDefaultName() ? null : model.name();
    b.id = model.id();
    return b;
  }

  /** Expect the query parameter {@code key=value} (added after any query written in the path). */
  public ExampleBuilder query(String key, String value) {
    request.query(key, value);
    return this;
  }

  /**
   * Give the {@code :name} segment of the path a value: the example then matches that value only,
   * as a path variable with a value does in Postman. Without a value a {@code :name} segment
   * matches any one segment.
   */
  public ExampleBuilder pathVariable(String name, String value) {
    request.pathVariable(name, value);
    return this;
  }

  /**
   * Before {@link #respond(int)}: a header of the request (matched when header matching is on).
   * After it: a header of the response. Repeated names are kept, in order.
   */
  public ExampleBuilder header(String name, String value) {
    Header header = Header.of(Checks.headerName(name), Objects.requireNonNull(value, "value"));
    if (response.started()) {
      response.header(header);
    } else {
      request.header(header);
    }
    return this;
  }

  /** The request carries this JSON body (compared structurally when body matching is on). */
  public ExampleBuilder jsonBody(String json) {
    request.raw(Objects.requireNonNull(json, "json"), "json");
    return this;
  }

  /** The request carries this text body. */
  public ExampleBuilder textBody(String text) {
    request.raw(Objects.requireNonNull(text, "text"), "text");
    return this;
  }

  /** The request carries a GraphQL query with its variables as JSON text (may be empty). */
  public ExampleBuilder graphqlBody(String query, String variables) {
    request.graphql(
        Objects.requireNonNull(query, "query"), Objects.requireNonNull(variables, "variables"));
    return this;
  }

  /** The request carries a urlencoded form with these {@code key, value} pairs (order is free). */
  public ExampleBuilder formBody(String key, String value, String... more) {
    request.formFields(key, value, more);
    return this;
  }

  /** The request carries a multipart form with this text field; file parts are not matched. */
  public ExampleBuilder multipartField(String key, String value) {
    request.multipartField(key, value);
    return this;
  }

  /**
   * Switch to the response side: the mock answers with {@code status}.
   *
   * @param status an HTTP status code from 100 to 999
   */
  public ExampleBuilder respond(int status) {
    response.status(status);
    return this;
  }

  /** The response body is this JSON text (templates allowed); sets {@code Content-Type}. */
  public ExampleBuilder json(String json) {
    response.content(
        "json(...)", () -> ResponseContent.text(Objects.requireNonNull(json, "json"), "json"));
    return this;
  }

  /** The response body is this text (templates allowed); sets {@code Content-Type}. */
  public ExampleBuilder text(String text) {
    response.content(
        "text(...)", () -> ResponseContent.text(Objects.requireNonNull(text, "text"), "text"));
    return this;
  }

  /** The response body is these bytes, sent as they are: no variables or templates. */
  public ExampleBuilder bytes(byte[] body) {
    response.content(
        "bytes(...)", () -> ResponseContent.binary(Objects.requireNonNull(body, "body").clone()));
    return this;
  }

  /**
   * The response body is the content of {@code file}, read now: UTF-8 text is used like {@link
   * #text(String)} (JSON for {@code .json} files), anything else like {@link #bytes(byte[])}.
   */
  public ExampleBuilder body(Path file) {
    response.content(
        "body(Path)", () -> ResponseContent.fromFile(Objects.requireNonNull(file, "file")));
    return this;
  }

  /**
   * Like {@link #body(Path)}, for a resource on the class path, such as {@code "pets/rex.json"}.
   */
  public ExampleBuilder bodyFromResource(String resource) {
    response.content(
        "bodyFromResource(...)",
        () -> ResponseContent.fromResource(Objects.requireNonNull(resource, "resource")));
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
    response.delay(delay);
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
    response.times(n);
    return this;
  }

  /**
   * Break the connection with {@code fault} instead of answering; may stand in for {@link
   * #respond(int)} (the status is then 200, seen only with {@link Fault#TRUNCATED_BODY}). Adds the
   * response header {@value Fault#HEADER}, which is how a saved example asks for a fault.
   */
  public ExampleBuilder fault(Fault fault) {
    response.replaceHeader(Fault.HEADER, Objects.requireNonNull(fault, "fault").name());
    return this;
  }

  /**
   * The example.
   *
   * @throws IllegalStateException when {@link #respond(int)} was never called
   */
  public Example build() {
    ExampleRequest built = request.build();
    ExampleResponse answer = response.build(request.describe());
    String exampleName = name != null ? name : request.describe() + " -> " + answer.statusCode();
    MockExample model = new MockExample(id, exampleName, List.of(), "inline", "", 0, built, answer);
    return new Example(model, name == null, response.addsContentType());
  }
}
