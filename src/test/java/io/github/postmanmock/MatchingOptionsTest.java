package io.github.postmanmock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.testing.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The matching options a user sets through the public API reach the engine. */
class MatchingOptionsTest {
  /** As Adyen's checkout collection: the version is part of {@code {{baseUrl}}}. */
  private static final String VERSIONED =
      """
      {"info": {"name": "checkout", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
       "variable": [{"key": "baseUrl", "value": "https://checkout-test.adyen.com/v71"}],
       "item": [{"name": "Payment methods", "request": {"method": "POST", "url": "{{baseUrl}}/paymentMethods"},
         "response": [{"name": "Methods", "code": 200, "body": "{\\"paymentMethods\\": []}",
           "originalRequest": {"method": "POST", "url": "{{baseUrl}}/paymentMethods"}}]}]}
      """;

  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void close() {
    started.forEach(MockServer::close);
  }

  private MockServer serve(MatchingOptions options, String name, String json) {
    MockServer mock =
        MockServer.builder()
            .collection(name, json.getBytes(StandardCharsets.UTF_8))
            .options(options)
            .start();
    started.add(mock);
    return mock;
  }

  @Test
  void aClientThatKeepsTheVersionOfTheBaseUrlIsServedWhenPathsComeFromTheResolvedUrl() {
    MockServer byDefault = serve(MatchingOptions.defaults(), "checkout", VERSIONED);
    MockServer resolved =
        serve(MatchingOptions.defaults().withPathFromResolvedUrl(true), "checkout", VERSIONED);

    HttpResponse<String> plain = Http.send(byDefault.baseUrl(), "POST", "/v71/paymentMethods", "");
    HttpResponse<String> versioned =
        Http.send(resolved.baseUrl(), "POST", "/v71/paymentMethods", "");

    assertThat(plain.statusCode()).isEqualTo(404);
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(resolved.calls()).singleElement().hasMatchedExample("Methods");
  }

  @Test
  void queryWildcardsLetAnUnresolvedQueryValueMatchAnyValue() {
    Example search =
        Examples.get("/search?q={{term}}")
            .respond(200)
            .text("found {{term}}")
            .named("any term")
            .build();
    Example other = Examples.get("/search?q=cats").respond(200).text("cats").named("cats").build();
    MockServer mock =
        MockServer.builder()
            .example(search)
            .example(other)
            .options(MatchingOptions.defaults().withQueryWildcards(true))
            .start();
    started.add(mock);

    HttpResponse<String> answer = Http.get(mock.baseUrl(), "/search?q=dogs");

    assertThat(answer.body()).isEqualTo("found dogs");
  }

  @Test
  void headerValuesCanBeComparedIgnoringCase() {
    Example json =
        Examples.get("/feed")
            .header("Accept", "application/json")
            .respond(200)
            .named("json")
            .build();
    Example xml =
        Examples.get("/feed").header("Accept", "application/xml").respond(200).named("xml").build();
    MatchingOptions byAccept = MatchingOptions.defaults().withMatchHeaders("Accept");
    MockServer exact = MockServer.builder().example(json).example(xml).options(byAccept).start();
    MockServer relaxed =
        MockServer.builder()
            .example(json)
            .example(xml)
            .options(byAccept.withHeaderValueCaseInsensitive(true))
            .start();
    started.addAll(List.of(exact, relaxed));

    HttpResponse<String> minding =
        Http.send(exact.baseUrl(), "GET", "/feed", null, "Accept", "APPLICATION/XML");
    HttpResponse<String> ignoring =
        Http.send(relaxed.baseUrl(), "GET", "/feed", null, "Accept", "APPLICATION/XML");

    assertThat(minding.statusCode()).isEqualTo(404);
    assertThat(ignoring.statusCode()).isEqualTo(200);
    assertThat(relaxed.calls()).singleElement().hasMatchedExample("xml");
  }

  @Test
  void slashesAreCollapsedUnlessTurnedOff() {
    Example pets = Examples.get("/api/pets").respond(200).named("pets").build();
    MockServer collapsing = MockServer.builder().example(pets).start();
    MockServer keeping =
        MockServer.builder()
            .example(pets)
            .options(MatchingOptions.strict().withCollapseSlashes(false))
            .start();
    started.addAll(List.of(collapsing, keeping));

    assertThat(Http.get(collapsing.baseUrl(), "/api//pets").statusCode()).isEqualTo(200);
    assertThat(Http.get(keeping.baseUrl(), "/api//pets").statusCode()).isEqualTo(404);
  }

  @Test
  void aNameLookupCanBeLimitedToExamplesOfTheCalledPath() {
    Example cat = Examples.get("/cats/1").respond(200).text("cat").named("Found").build();
    Example dog = Examples.get("/dogs/1").respond(200).text("dog").named("Dog").build();
    MockServer collection = MockServer.builder().example(cat).example(dog).start();
    MockServer onPath =
        MockServer.builder()
            .example(cat)
            .example(dog)
            .options(MatchingOptions.defaults().withNameLookupOnMatchingPath(true))
            .start();
    started.addAll(List.of(collection, onPath));

    String byName =
        Http.send(collection.baseUrl(), "GET", "/dogs/1", null, "x-mock-response-name", "Found")
            .body();
    String limited =
        Http.send(onPath.baseUrl(), "GET", "/dogs/1", null, "x-mock-response-name", "Found").body();

    assertThat(byName).isEqualTo("cat");
    assertThat(limited).isNotEqualTo("cat");
  }
}
