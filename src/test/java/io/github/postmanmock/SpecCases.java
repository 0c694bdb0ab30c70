package io.github.postmanmock;

import static io.github.postmanmock.SpecCase.item;
import static io.github.postmanmock.SpecCase.tc;

import io.github.postmanmock.internal.match.MatchOptions;
import java.util.List;

/**
 * The matching cases TC-01 to TC-48 of SPEC §7.2–§7.5, each written with the builder and as
 * collection JSON. This class is long because it is a table: one short block per case.
 */
final class SpecCases {
  private static final String JSON_BODY_A =
      "\"body\": {\"mode\": \"raw\", \"raw\": \"{\\\"u\\\":\\\"a\\\"}\","
          + " \"options\": {\"raw\": {\"language\": \"json\"}}}";
  private static final String JSON_BODY_B = JSON_BODY_A.replace("\\\"a\\\"", "\\\"b\\\"");
  private static final String JSON_CT = "Content-Type: application/json; charset=utf-8";

  private SpecCases() {}

  static List<SpecCase> all() {
    return List.of(
        tc("TC-01")
            .inline(Examples.get("/users").respond(200).json("[{\"id\":1}]").id("e1").named("ok"))
            .json(
                item(
                    "e1",
                    "ok",
                    "GET",
                    "/users",
                    200,
                    "",
                    """
                    "status": "OK", "_postman_previewlanguage": "json",
                    "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": "[{\\"id\\":1}]\""""))
            .call("GET /users", "e1"),
        tc("TC-02")
            .inline(Examples.post("/users").respond(201).id("e1").named("ok"))
            .json(item("e1", "ok", "POST", "/users", 201))
            .call("GET /users", null),
        path("TC-03", "/users", "/users/"),
        path("TC-04", "/users/", "/users"),
        path("TC-05", "/users", "/Users"),
        path("TC-06", "/users", "/USERS/"),
        tc("TC-07")
            .inline(
                Examples.get("/users").respond(200).id("a").named("lower"),
                Examples.get("/Users").respond(200).id("b").named("upper"))
            .json(
                item("a", "lower", "GET", "/users", 200), item("b", "upper", "GET", "/Users", 200))
            .call("GET /Users", "b"),
        tc("TC-08/09")
            .inline(
                Examples.get("/users/{{userId}}")
                    .respond(200)
                    .json("{\"id\":\"{{userId}}\"}")
                    .id("e1")
                    .named("one"))
            .json(
                item(
                    "e1",
                    "one",
                    "GET",
                    "/users/{{userId}}",
                    200,
                    "",
                    """
                    "_postman_previewlanguage": "json", "status": "OK",
                    "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": "{\\"id\\":\\"{{userId}}\\"}\""""))
            .call("GET /users/carol", "e1")
            .call("GET /users/carol/posts", null),
        tc("TC-10")
            .inline(
                Examples.get("/users/me").respond(200).id("a").named("me"),
                Examples.get("/users/{{id}}").respond(200).id("b").named("any"))
            .json(
                item("a", "me", "GET", "/users/me", 200),
                item("b", "any", "GET", "/users/{{id}}", 200))
            .call("GET /users/me", "a"),
        tc("TC-11")
            .inline(
                Examples.get("/users/{{id}}").respond(200).id("a").named("any"),
                Examples.get("/users/7").respond(200).id("b").named("seven"))
            .json(
                item("a", "any", "GET", "/users/{{id}}", 200),
                item("b", "seven", "GET", "/users/7", 200))
            .call("GET /users/9", "a"),
        tc("TC-12")
            .cvar("tenant", "acme", false)
            .inline(Examples.get("/t/{{tenant}}/info").respond(200).id("e1").named("t"))
            .json(item("e1", "t", "GET", "/t/{{tenant}}/info", 200))
            .call("GET /t/other/info", null)
            .call("GET /t/acme/info", "e1"),
        tc("TC-13")
            .cvar("ver", "v1", false)
            .env("ver", "v2")
            .inline(Examples.get("/{{ver}}/ping").respond(200).id("e1").named("p"))
            .json(item("e1", "p", "GET", "/{{ver}}/ping", 200))
            .call("GET /v2/ping", "e1")
            .call("GET /v1/ping", null),
        tc("TC-14")
            .cvar("ver", "v1", true)
            .inline(Examples.get("/{{ver}}/ping").respond(200).id("e1").named("p"))
            .json(item("e1", "p", "GET", "/{{ver}}/ping", 200))
            .call("GET /v9/ping", "e1"),
        path("TC-15", "/orders/123", "/orders/456"),
        path(
            "TC-16",
            "/orders/3f2b1c9e-0d1a-4c55-9a0e-111111111111",
            "/orders/9b2d7c10-1234-4abc-8def-222222222222"),
        tc("TC-17")
            .inline(Examples.get("/orders/123").respond(200).id("e1").named("o"))
            .json(item("e1", "o", "GET", "/orders/123", 200))
            .call("GET /orders/abc", null),
        tc("TC-18")
            .inline(
                Examples.get("/orders/123").respond(200).id("a").named("o1"),
                Examples.get("/orders/456").respond(200).id("b").named("o2"))
            .json(
                item("a", "o1", "GET", "/orders/123", 200),
                item("b", "o2", "GET", "/orders/456", 200))
            .call("GET /orders/456", "b"),
        path("TC-19", "/accounts", "/accounts/42"),
        path("TC-20", "/profile", "/profle"),
        tc("TC-21")
            .env("baseUrl", "/")
            .inline(
                Examples.request("GET", "{{baseUrl}}/accounts").respond(200).id("a").named("list"),
                Examples.request("GET", "{{baseUrl}}/accounts/1001")
                    .respond(200)
                    .id("b")
                    .named("one"))
            .json(
                item("a", "list", "GET", "{{baseUrl}}/accounts", 200),
                item("b", "one", "GET", "{{baseUrl}}/accounts/1001", 200))
            .call("GET /accounts/1001", "b"),
        tc("TC-21a")
            .cvar("baseUrl", "https://api.example.com/v71", false)
            .inline(
                Examples.request("POST", "{{baseUrl}}/payments").respond(200).id("e1").named("pay"))
            .json(item("e1", "pay", "POST", "{{baseUrl}}/payments", 200))
            .call("POST /payments", "e1")
            .call("POST /v71/payments", null),
        tc("TC-21b")
            .inline(
                Examples.post("/payments/:psp/cancels")
                    .respond(201)
                    .json("{\"psp\":\"{{psp}}\"}")
                    .id("e1")
                    .named("cancel"))
            .json(
                """
                {"name": "cancel", "request": "{{baseUrl}}/payments/:psp/cancels", "response": [{
                  "id": "e1", "name": "cancel", "code": 201, "status": "Created",
                  "originalRequest": {"method": "POST", "url": {
                    "raw": "{{baseUrl}}/payments/:psp/cancels", "host": ["{{baseUrl}}"],
                    "path": ["payments", ":psp", "cancels"], "variable": [{"key": "psp"}]}},
                  "header": [{"key": "Content-Type", "value": "application/json"}],
                  "_postman_previewlanguage": "json", "body": "{\\"psp\\":\\"{{psp}}\\"}"}]}""")
            .call("POST /payments/8515/cancels", "e1"),
        tc("TC-21b with a value")
            .inline(
                Examples.post("/payments/:psp/cancels")
                    .pathVariable("psp", "abc")
                    .respond(201)
                    .id("e1")
                    .named("cancel"))
            .json(
                """
                {"name": "cancel", "request": "{{baseUrl}}/payments/:psp/cancels", "response": [{
                  "id": "e1", "name": "cancel", "code": 201,
                  "originalRequest": {"method": "POST", "url": {
                    "raw": "{{baseUrl}}/payments/:psp/cancels", "host": ["{{baseUrl}}"],
                    "path": ["payments", ":psp", "cancels"],
                    "variable": [{"key": "psp", "value": "abc"}]}}}]}""")
            .call("POST /payments/abc/cancels", "e1")
            .call("POST /payments/xyz/cancels", null),
        tc("TC-22")
            .inline(Examples.get("/deep/path").respond(200).id("e1").named("deep"))
            .json(
                """
                {"name": "folder A", "item": [{"name": "folder B", "item": [{"name": "folder C",
                  "item": [%s]}]}]}"""
                    .formatted(item("e1", "deep", "GET", "/deep/path", 200)))
            .call("GET /deep/path", "e1"),
        tc("TC-23")
            .inline(
                Examples.request("GET", "https://api.example.com/ping")
                    .respond(200)
                    .id("e1")
                    .named("ping"))
            .json(
                """
                {"name": "ping", "request": "https://api.example.com/ping", "response": [{
                  "id": "e1", "name": "ping", "code": 200,
                  "originalRequest": "https://api.example.com/ping"}]}""")
            .call("GET /ping", "e1"),
        tc("TC-24")
            .inline(Examples.get("/x").respond(200).id("e1").named("x"))
            .json(item("e1", "x", "GET", "/x", 200))
            .call("GET /", null),
        tc("TC-25")
            .inline(
                Examples.get("/get?id=1").respond(200).id("a").named("one"),
                Examples.get("/get").query("id", "5").respond(200).id("b").named("five"))
            .json(
                item("a", "one", "GET", "/get?id=1", 200),
                item("b", "five", "GET", "/get?id=5", 200))
            .call("GET /get?id=5", "b"),
        tc("TC-26")
            .inline(
                Examples.get("/get").respond(200).id("a").named("plain"),
                Examples.get("/get?id=1").respond(200).id("b").named("withId"))
            .json(
                item("a", "plain", "GET", "/get", 200),
                item("b", "withId", "GET", "/get?id=1", 200))
            .call("GET /get", "a"),
        tc("TC-27")
            .inline(
                Examples.get("/search?q=x").respond(200).id("a").named("q"),
                Examples.get("/search?q=y").respond(200).id("b").named("q2"))
            .json(
                item("a", "q", "GET", "/search?q=x", 200),
                item("b", "q2", "GET", "/search?q=y", 200))
            .call("GET /search?q=x&page=2", "a"),
        tc("TC-28")
            .inline(Examples.get("/p").respond(200).id("e1").named("p"))
            .json(item("e1", "p", "GET", "/p", 200))
            .call("GET /p?a1=1&a2=2&a3=3&a4=4&a5=5&a6=6&a7=7&a8=8&a9=9&a10=10&a11=11&a12=12", "e1"),
        tc("TC-29")
            // A disabled parameter is one the builder leaves out.
            .inline(Examples.get("/get").respond(200).id("e1").named("d"))
            .json(
                """
                {"name": "d", "request": "/get", "response": [{"id": "e1", "name": "d", "code": 200,
                  "originalRequest": {"method": "GET", "url": {"raw": "{{baseUrl}}/get?id=1",
                    "host": ["{{baseUrl}}"], "path": ["get"],
                    "query": [{"key": "id", "value": "1", "disabled": true}]}}}]}""")
            .call("GET /get", "e1"),
        tc("TC-30")
            .inline(
                Examples.get("/f?tags=%5Ba%5D").respond(200).id("a").named("br"),
                Examples.get("/f?tags=b").respond(200).id("b").named("other"))
            .json(
                item("a", "br", "GET", "/f?tags=%5Ba%5D", 200),
                item("b", "other", "GET", "/f?tags=b", 200))
            .call("GET /f?tags=[a]", "a"),
        tc("TC-31/32")
            .inline(
                Examples.get("/pets").respond(200).id("ok").named("ok"),
                Examples.get("/pets").respond(404).id("nf").named("missing"))
            .json(item("ok", "ok", "GET", "/pets", 200), item("nf", "missing", "GET", "/pets", 404))
            .call("GET /pets", "nf", "x-mock-response-code: 404")
            .call("GET /pets", null, "x-mock-response-code: 500"),
        tc("TC-33")
            .inline(
                Examples.get("/a").respond(200).text("A").id("a").named("Shared"),
                Examples.get("/b").respond(200).text("B").id("b").named("Other"))
            .json(
                item("a", "Shared", "GET", "/a", 200, "", "\"body\": \"A\""),
                item("b", "Other", "GET", "/b", 200, "", "\"body\": \"B\""))
            .call("GET /b", "a", "x-mock-response-name: Shared"),
        tc("TC-34")
            .inline(Examples.post("/a").respond(201).id("a").named("OnlyPost"))
            .json(item("a", "OnlyPost", "POST", "/a", 201))
            .call("GET /a", null, "x-mock-response-name: OnlyPost"),
        tc("TC-35")
            .inline(
                Examples.get("/x").respond(200).id("b").named("dup"),
                Examples.get("/x").respond(500).id("a").named("dup"))
            .json(item("b", "dup", "GET", "/x", 200), item("a", "dup", "GET", "/x", 500))
            .call("GET /x", "b", "x-mock-response-name: dup"),
        tc("TC-36")
            .inline(Examples.get("/x").respond(200).id("e1").named("n"))
            .json(item("e1", "n", "GET", "/x", 200))
            .call("GET /x", null, "x-mock-response-name: nope"),
        tc("TC-37")
            .inline(
                Examples.get("/x").respond(200).id("e-42").named("n"),
                Examples.get("/y").respond(200).id("e-43").named("m"))
            .json(item("e-42", "n", "GET", "/x", 200), item("e-43", "m", "GET", "/y", 200))
            .call("GET /y", "e-42", "x-mock-response-id: e-42")
            .call("GET /y", "e-42", "x-mock-response-id: 123456-e-42"),
        tc("TC-38")
            .inline(
                Examples.get("/x").respond(200).id("ok").named("OK"),
                Examples.get("/x").respond(500).id("err").named("Boom"))
            .json(item("ok", "OK", "GET", "/x", 200), item("err", "Boom", "GET", "/x", 500))
            .call("GET /x", null, "x-mock-response-code: 500", "x-mock-response-name: OK"),
        tc("TC-39")
            .inline(
                Examples.get("/items").respond(201).id("x1").named("created"),
                Examples.get("/items").respond(200).id("x2").named("ok"))
            .json(
                item("x1", "created", "GET", "/items", 201), item("x2", "ok", "GET", "/items", 200))
            .call("GET /items", "x2"),
        tc("TC-40")
            .inline(
                Examples.get("/items").respond(500).id("b").named("e500"),
                Examples.get("/items").respond(404).id("a").named("e404"))
            .json(item("b", "e500", "GET", "/items", 500), item("a", "e404", "GET", "/items", 404))
            .call("GET /items", "a"),
        roles("TC-41/42", MatchOptions.defaults())
            .call("GET /me", "b", "X-Role: user", "x-mock-match-request-headers: x-role")
            .call("GET /me", null, "X-Role: guest", "x-mock-match-request-headers: X-Role"),
        roles("TC-43", MatchOptions.defaults().toBuilder().matchHeaders(List.of("X-Role")).build())
            .call("GET /me", "a", "X-Role: admin"),
        tc("TC-44/45/46")
            .inline(
                Examples.post("/login").jsonBody("{\"u\":\"a\"}").respond(200).id("a").named("ua"),
                Examples.post("/login").jsonBody("{\"u\":\"b\"}").respond(200).id("b").named("ub"))
            .json(
                item("a", "ua", "POST", "/login", 200, JSON_BODY_A, ""),
                item("b", "ub", "POST", "/login", 200, JSON_BODY_B, ""))
            .callWithBody(
                "POST /login", "{ \"u\" : \"b\" }", "b", JSON_CT, "x-mock-match-request-body: true")
            .callWithBody(
                "POST /login", "{\"u\":\"c\"}", null, JSON_CT, "x-mock-match-request-body: true")
            .callWithBody("POST /login", "{\"u\":\"b\"}", "b", JSON_CT),
        tc("TC-47")
            .options(MatchOptions.defaults().toBuilder().matchBody(true).build())
            .inline(
                Examples.post("/echo")
                    .jsonBody("{\"x\":1}")
                    .respond(200)
                    .json("{\"got\":\"{{$body 'x'}}\"}")
                    .id("e1")
                    .named("echo"))
            .json(
                item(
                    "e1",
                    "echo",
                    "POST",
                    "/echo",
                    200,
                    JSON_BODY_A.replace("\\\"u\\\":\\\"a\\\"", "\\\"x\\\":1"),
                    """
                    "body": "{\\"got\\":\\"{{$body 'x'}}\\"}\""""))
            .callWithBody(
                "POST /echo", "{\"x\":2}", "e1", JSON_CT, "x-mock-match-request-body: false"),
        tc("GraphQL body")
            .options(MatchOptions.defaults().toBuilder().matchBody(true).build())
            .inline(
                Examples.post("/graphql")
                    .graphqlBody("{ pets { id } }", "")
                    .respond(200)
                    .id("a")
                    .named("pets"),
                Examples.post("/graphql")
                    .graphqlBody("{ owners { id } }", "")
                    .respond(200)
                    .id("b")
                    .named("owners"))
            .json(
                item("a", "pets", "POST", "/graphql", 200, graphql("{ pets { id } }"), ""),
                item("b", "owners", "POST", "/graphql", 200, graphql("{ owners { id } }"), ""))
            .callWithBody(
                "POST /graphql",
                "{\"query\": \"{ owners { id } }\"}",
                "b",
                "Content-Type: application/json"),
        tc("TC-48")
            .inline(
                Examples.post("/form")
                    .formBody("a", "1", "b", "2")
                    .respond(200)
                    .id("a")
                    .named("f1"),
                Examples.post("/form")
                    .formBody("a", "1", "b", "3")
                    .respond(200)
                    .id("b")
                    .named("f2"))
            .json(
                item("a", "f1", "POST", "/form", 200, form("2"), ""),
                item("b", "f2", "POST", "/form", 200, form("3"), ""))
            .callWithBody(
                "POST /form",
                "b=3&a=1",
                "b",
                "Content-Type: application/x-www-form-urlencoded",
                "x-mock-match-request-body: true"));
  }

  /** One example {@code E(e1, ok, GET, examplePath, 200)} and a call that should reach it. */
  private static SpecCase path(String id, String examplePath, String callPath) {
    return tc(id)
        .inline(Examples.get(examplePath).respond(200).id("e1").named("ok"))
        .json(item("e1", "ok", "GET", examplePath, 200))
        .call("GET " + callPath, "e1");
  }

  private static SpecCase roles(String id, MatchOptions options) {
    return tc(id)
        .options(options)
        .inline(
            Examples.get("/me").header("X-Role", "admin").respond(200).id("a").named("admin"),
            Examples.get("/me").header("X-Role", "user").respond(200).id("b").named("user"))
        .json(
            item("a", "admin", "GET", "/me", 200, role("admin"), ""),
            item("b", "user", "GET", "/me", 200, role("user"), ""));
  }

  private static String role(String value) {
    return "\"header\": [{\"key\": \"X-Role\", \"value\": \"%s\"}]".formatted(value);
  }

  private static String graphql(String query) {
    return """
        "body": {"mode": "graphql", "graphql": {"query": "%s", "variables": ""}}"""
        .formatted(query);
  }

  private static String form(String b) {
    return """
        "body": {"mode": "urlencoded", "urlencoded": [
          {"key": "a", "value": "1"}, {"key": "b", "value": "%s"}]}"""
        .formatted(b);
  }
}
