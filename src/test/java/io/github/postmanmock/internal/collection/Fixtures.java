package io.github.postmanmock.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Environment;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.MockExample;
import java.nio.charset.StandardCharsets;

/** Small builders of collection JSON text for the loader tests. */
final class Fixtures {
  static final String SOURCE = "test.postman_collection.json";

  private Fixtures() {}

  static Collection read(String json) {
    return CollectionReader.read(SOURCE, json.getBytes(StandardCharsets.UTF_8));
  }

  static Environment readEnvironment(String json) {
    return EnvironmentReader.read(
        "test.postman_environment.json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** A v2.1 collection whose {@code item} array holds {@code items} (comma-separated JSON). */
  static String collectionOf(String items) {
    return """
        {"info": {"name": "Test", "schema":
          "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [%s]}
        """
        .formatted(items);
  }

  /** The only example of a collection holding one item with one saved response. */
  static MockExample onlyExample(String item) {
    Collection collection = read(collectionOf(item));
    assertThat(collection.examples()).hasSize(1);
    return collection.examples().get(0);
  }

  /** The request of an example whose {@code originalRequest} is {@code originalRequest}. */
  static ExampleRequest originalRequest(String originalRequest) {
    return onlyExample(
            """
            {"name": "r", "request": "http://unused/x",
             "response": [{"name": "e", "code": 200, "originalRequest": %s}]}
            """
                .formatted(originalRequest))
        .request();
  }

  /** The example of an item whose only response is {@code response}. */
  static MockExample response(String response) {
    return onlyExample(
        """
        {"name": "r", "request": "/x", "response": [%s]}
        """
            .formatted(response));
  }
}
