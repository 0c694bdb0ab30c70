package io.github.postmanmock.internal.collection;

import static io.github.postmanmock.internal.collection.Fixtures.collectionOf;
import static io.github.postmanmock.internal.collection.Fixtures.onlyExample;
import static io.github.postmanmock.internal.collection.Fixtures.originalRequest;
import static io.github.postmanmock.internal.collection.Fixtures.read;
import static io.github.postmanmock.internal.collection.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.BodyMode;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.FormParam;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.Variable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The twelve groups of tricky inputs of SPEC §1.8, one nested class each. */
class TrickyCasesTest {

  @Nested
  class RequestAsBareString {
    @Test
    void originalRequestStringIsGetOfThatUrl() {
      ExampleRequest request = originalRequest("\"{{baseUrl}}/pets/1\"");

      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.url().host()).isEqualTo("{{baseUrl}}");
      assertThat(request.url().path()).containsExactly("pets", "1");
      assertThat(request.headers()).isEmpty();
    }

    @Test
    void itemRequestStringServesExamplesWithoutOriginalRequest() {
      MockExample example =
          onlyExample(
              """
              {"name": "r", "request": "https://api.example.com/pets", "response": [{"code": 200}]}
              """);

      assertThat(example.request().method()).isEqualTo("GET");
      assertThat(example.request().url().path()).containsExactly("pets");
    }
  }

  @Nested
  class UrlForms {
    @Test
    void urlStringIsParsed() {
      Url url = originalRequest("{\"method\": \"GET\", \"url\": \"/users/1?x=2\"}").url();

      assertThat(url.path()).containsExactly("users", "1");
      assertThat(url.query()).containsExactly(QueryParam.of("x", "2"));
    }

    @Test
    void urlObjectWithoutRawIsRebuiltFromItsParts() {
      Url url =
          originalRequest(
                  """
                  {"url": {"protocol": "https", "host": ["api", "example", "com"], "port": "8443",
                           "path": ["v1", "pets"], "query": [{"key": "limit", "value": "10"}]}}
                  """)
              .url();

      assertThat(url.raw()).isEqualTo("https://api.example.com:8443/v1/pets?limit=10");
      assertThat(url.host()).isEqualTo("api.example.com");
      assertThat(url.path()).containsExactly("v1", "pets");
    }

    @Test
    void pathArrayWinsOverADisagreeingRaw() {
      Url url =
          originalRequest(
                  """
                  {"url": {"raw": "{{baseUrl}}/old/path", "host": ["{{baseUrl}}"],
                           "path": ["new", "path"]}}
                  """)
              .url();

      assertThat(url.path()).containsExactly("new", "path");
      assertThat(url.raw()).isEqualTo("{{baseUrl}}/old/path");
    }

    @Test
    void rawIsParsedWhenThereIsNoPathArray() {
      Url url = originalRequest("{\"url\": {\"raw\": \"{{baseUrl}}/from/raw?a=1\"}}").url();

      assertThat(url.host()).isEqualTo("{{baseUrl}}");
      assertThat(url.path()).containsExactly("from", "raw");
      assertThat(url.query()).containsExactly(QueryParam.of("a", "1"));
    }
  }

  @Nested
  class PathShapes {
    @Test
    void pathStringIsSplitOnSlashes() {
      assertThat(originalRequest("{\"url\": {\"path\": \"users/1\"}}").url().path())
          .containsExactly("users", "1");
    }

    @Test
    void oneLeadingSlashOfAPathStringIsDropped() {
      assertThat(originalRequest("{\"url\": {\"path\": \"/users/1\"}}").url().path())
          .containsExactly("users", "1");
    }

    @Test
    void pathItemsMayBeTypeValueObjects() {
      Url url =
          originalRequest(
                  """
                  {"url": {"path": ["users", {"type": "string", "value": ":id"}]}}
                  """)
              .url();

      assertThat(url.path()).containsExactly("users", ":id");
    }
  }

  @Nested
  class HostlessRawStrings {
    @Test
    void schemelessRawWithoutLeadingSlashStartsWithTheHost() {
      Url url = originalRequest("\"users/1\"").url();

      assertThat(url.host()).isEqualTo("users");
      assertThat(url.path()).containsExactly("1");
    }

    @Test
    void rawWithLeadingSlashHasNoHost() {
      Url url = originalRequest("\"/users/1\"").url();

      assertThat(url.host()).isEmpty();
      assertThat(url.path()).containsExactly("users", "1");
    }
  }

  @Nested
  class VariableNamesWithSeparators {
    @Test
    void slashDotAndQuestionMarkInsideVariablesDoNotSplitTheUrl() {
      Url url = originalRequest("\"{{base.url}}/users/{{user/id}}?q={{a?b}}\"").url();

      assertThat(url.host()).isEqualTo("{{base.url}}");
      assertThat(url.path()).containsExactly("users", "{{user/id}}");
      assertThat(url.query()).containsExactly(QueryParam.of("q", "{{a?b}}"));
    }
  }

  @Nested
  class PathVariables {
    @Test
    void segmentWithSuffixIsKeptVerbatimWithItsValue() {
      Url url =
          originalRequest(
                  """
                  {"url": {"raw": "/pets/:id.json", "path": ["pets", ":id.json"],
                           "variable": [{"key": "id", "value": "7"}]}}
                  """)
              .url();

      assertThat(url.path()).containsExactly("pets", ":id.json");
      assertThat(url.pathVariable("id")).isEqualTo("7");
    }

    @Test
    void emptyValueIsKeptEmptySoTheSegmentStaysLiteral() {
      Url url =
          originalRequest(
                  """
                  {"url": {"path": ["pets", ":id"], "variable": [{"key": "id", "value": ""}]}}
                  """)
              .url();

      assertThat(url.path()).containsExactly("pets", ":id");
      assertThat(url.variables()).containsExactly(Variable.of("id", ""));
    }

    @Test
    void idStandsInForKeyAndNumbersBecomeText() {
      Url url =
          originalRequest(
                  """
                  {"url": {"path": [":id"], "variable": [{"id": "id", "value": 42}]}}
                  """)
              .url();

      assertThat(url.pathVariable("id")).isEqualTo("42");
    }
  }

  @Nested
  class QueryEntries {
    @Test
    void nullKeysNullValuesDuplicatesAndDisabledEntriesAreAllKept() {
      Url url =
          originalRequest(
                  """
                  {"url": {"path": ["s"], "query": [
                    {"key": null, "value": null},
                    {"key": "flag", "value": null},
                    {"key": "tag", "value": "a"},
                    {"key": "tag", "value": "b"},
                    {"key": "off", "value": "1", "disabled": true}]}}
                  """)
              .url();

      assertThat(url.query())
          .containsExactly(
              new QueryParam(null, null, false),
              QueryParam.of("flag", null),
              QueryParam.of("tag", "a"),
              QueryParam.of("tag", "b"),
              new QueryParam("off", "1", true));
    }
  }

  @Nested
  class HeaderForms {
    @Test
    void headerStringIsReadLineByLine() {
      ExampleRequest request =
          originalRequest("{\"header\": \"Accept: application/json\\nX-Trace:  abc  \"}");

      assertThat(request.headers())
          .containsExactly(Header.of("Accept", "application/json"), Header.of("X-Trace", "abc"));
    }

    @Test
    void nullHeaderIsNoHeaders() {
      assertThat(originalRequest("{\"header\": null}").headers()).isEmpty();
    }

    @Test
    void stringItemsAreSplitAtTheFirstColon() {
      assertThat(
              originalRequest("{\"header\": [\"Accept: text/plain\", \"Auth:a:b\", \"X-Flag\"]}")
                  .headers())
          .containsExactly(
              Header.of("Accept", "text/plain"), Header.of("Auth", "a:b"), Header.of("X-Flag", ""));
    }

    @Test
    void duplicateResponseHeadersAreKept() {
      MockExample example =
          response(
              """
              {"code": 200, "header": [{"key": "Set-Cookie", "value": "a=1"},
                                       {"key": "Set-Cookie", "value": "b=2"}]}
              """);

      assertThat(example.response().headers())
          .containsExactly(Header.of("Set-Cookie", "a=1"), Header.of("Set-Cookie", "b=2"));
    }
  }

  @Nested
  class ResponseGaps {
    @Test
    void nullBodyStaysNull() {
      assertThat(response("{\"code\": 204, \"body\": null}").response().body()).isNull();
    }

    @Test
    void missingCodeIsNullAndSentAs200() {
      MockExample example = response("{\"name\": \"no code\"}");

      assertThat(example.response().code()).isNull();
      assertThat(example.response().statusCode()).isEqualTo(200);
    }

    @Test
    void missingOriginalRequestFallsBackToTheItemRequest() {
      MockExample example =
          onlyExample(
              """
              {"name": "r", "request": {"method": "post", "url": "/orders"},
               "response": [{"name": "created", "code": 201}]}
              """);

      assertThat(example.request().method()).isEqualTo("POST");
      assertThat(example.request().url().path()).containsExactly("orders");
    }

    @Test
    void originalRequestStringIsAGet() {
      MockExample example =
          onlyExample(
              """
              {"name": "r", "request": {"method": "POST", "url": "/orders"},
               "response": [{"code": 200, "originalRequest": "/orders/1"}]}
              """);

      assertThat(example.request().method()).isEqualTo("GET");
      assertThat(example.request().url().path()).containsExactly("orders", "1");
    }
  }

  @Nested
  class CollectionVariables {
    @Test
    void numbersBooleansDuplicatesDisabledAndIdKeysAreRead() {
      Collection collection =
          read(
              """
              {"info": {"name": "v"}, "item": [], "variable": [
                {"key": "port", "value": 8080},
                {"key": "ratio", "value": 1.5},
                {"key": "debug", "value": true},
                {"key": "port", "value": "9090"},
                {"key": "old", "value": "x", "disabled": true},
                {"id": "legacy", "value": "y"}]}
              """);

      assertThat(collection.variables())
          .containsExactly(
              Variable.of("port", "8080"),
              Variable.of("ratio", "1.5"),
              Variable.of("debug", "true"),
              Variable.of("port", "9090"),
              new Variable("old", "x", true),
              Variable.of("legacy", "y"));
    }
  }

  @Nested
  class GraphqlAndFiles {
    @Test
    void graphqlVariablesGivenAsJsonTextAreKeptAsText() {
      ExampleRequest request =
          originalRequest(
              """
              {"method": "POST", "body": {"mode": "graphql", "graphql":
                {"query": "query { film(id: $id) { title } }", "variables": "{\\"id\\": 1}"}}}
              """);

      assertThat(request.body().mode()).isEqualTo(BodyMode.GRAPHQL);
      assertThat(request.body().graphqlQuery()).isEqualTo("query { film(id: $id) { title } }");
      assertThat(request.body().graphqlVariables()).isEqualTo("{\"id\": 1}");
    }

    @Test
    void graphqlVariablesGivenAsAnObjectBecomeJsonText() {
      ExampleRequest request =
          originalRequest(
              """
              {"body": {"mode": "graphql", "graphql": {"query": "{ a }", "variables": {"id": 1}}}}
              """);

      assertThat(request.body().graphqlVariables()).isEqualTo("{\"id\":1}");
    }

    @Test
    void formdataFileEntriesKeepTheirSourceAsValue() {
      ExampleRequest request =
          originalRequest(
              """
              {"body": {"mode": "formdata", "formdata": [
                {"key": "name", "value": "Rex", "type": "text"},
                {"key": "photo", "type": "file", "src": "/tmp/rex.png"},
                {"key": "more", "type": "file", "src": ["a.png", "b.png"]}]}}
              """);

      assertThat(request.body().params())
          .containsExactly(
              new FormParam("name", "Rex", "text", false),
              new FormParam("photo", "/tmp/rex.png", "file", false),
              new FormParam("more", "a.png,b.png", "file", false));
    }
  }

  @Nested
  class NestingAndNames {
    @Test
    void deeplyNestedExamplesCarryFolderPathAndPointer() {
      MockExample example =
          onlyExample(
              """
              {"name": "A", "item": [{"name": "B", "item": [{"name": "C", "item": [
                {"name": "Get", "request": "/x", "response": [{"name": "ok", "code": 200}]}]}]}]}
              """);

      assertThat(example.itemPath()).containsExactly("A", "B", "C", "Get");
      assertThat(example.pointer()).isEqualTo("/item/0/item/0/item/0/item/0/response/0");
      assertThat(example.location()).isEqualTo("A/B/C/Get/ok");
    }

    @Test
    void hundredsOfFolderLevelsAreRead() {
      int depth = 300;
      String item =
          "{\"name\": \"f\", \"item\": [".repeat(depth)
              + "{\"name\": \"r\", \"request\": \"/x\", \"response\": [{}]}"
              + "]}".repeat(depth);

      assertThat(onlyExample(item).itemPath()).hasSize(depth + 1).endsWith("f", "r");
    }

    @Test
    void identicalExampleNamesInDifferentRequestsAreBothKept() {
      Collection collection =
          read(
              collectionOf(
                  """
                  {"name": "Pets", "request": "/pets", "response": [{"name": "OK", "code": 200}]},
                  {"name": "Users", "request": "/users", "response": [{"name": "OK", "code": 200}]}
                  """));

      assertThat(collection.examples())
          .extracting(MockExample::location)
          .containsExactly("Pets/OK", "Users/OK");
      assertThat(collection.examples()).extracting(MockExample::order).containsExactly(0, 1);
    }
  }
}
