package io.github.postmanmock.internal.inline;

import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The request body an {@code ExampleBuilder} collects: one kind per example. Not thread-safe. */
public final class RequestBodies {
  private RequestBody body = RequestBody.NONE;

  public RequestBody get() {
    return body;
  }

  public void set(RequestBody body) {
    this.body = body;
  }

  /** A raw body; replaces an earlier raw body. */
  public void raw(String text, String language) {
    kind(BodyMode.RAW);
    body = RequestBody.raw(text, language);
  }

  /** A GraphQL body; replaces an earlier GraphQL body. */
  public void graphql(String query, String variables) {
    kind(BodyMode.GRAPHQL);
    body = RequestBody.graphql(query, variables);
  }

  /** One more text field of a urlencoded or multipart form. */
  public void field(BodyMode mode, String key, String value) {
    kind(mode);
    List<FormParam> params = new ArrayList<>(body.params());
    params.add(
        new FormParam(
            Checks.notBlank("form field name", key),
            Objects.requireNonNull(value, "value"),
            "text",
            false));
    body = RequestBody.form(mode, params);
  }

  private void kind(BodyMode wanted) {
    BodyMode current = body.mode();
    if (current != BodyMode.NONE && current != wanted) {
      throw new IllegalStateException(
          "the request body is already "
              + Checks.describe(current)
              + " and cannot also be "
              + Checks.describe(wanted)
              + "; an example has one request body");
    }
  }
}
