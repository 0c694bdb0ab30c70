package io.github.postmanmock;

import static io.github.postmanmock.testing.ExampleFixture.example;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.testing.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outage switch of a running mock: {@code GET/PUT/DELETE /__mock/server-response}. */
class ServerResponseSwitchTest {
  private static final String SWITCH = "/__mock/server-response";
  private final List<MockServer> started = new ArrayList<>();

  @AfterEach
  void closeServers() {
    started.forEach(MockServer::close);
  }

  private MockServer serve(MockServerBuilder builder) {
    MockServer server =
        Seams.of(builder.adminEndpoints(MockServer.DEFAULT_ADMIN_PREFIX))
            .examples(List.of(example("Rex", "GET", "/pets/1").body("rex").build()))
            .start();
    started.add(server);
    return server;
  }

  private static HttpResponse<String> put(MockServer mock, String json) {
    return Http.send(mock.baseUrl(), "PUT", SWITCH, json, "Content-Type", "application/json");
  }

  @Test
  void putStartsAnOutageGetShowsItAndDeleteEndsIt() {
    MockServer mock = serve(MockServer.builder());

    HttpResponse<String> before = Http.get(mock.baseUrl(), SWITCH);
    HttpResponse<String> set =
        put(mock, "{\"status\": 503, \"body\": \"down\", \"headers\": {\"Retry-After\": \"30\"}}");
    HttpResponse<String> down = Http.get(mock.baseUrl(), "/pets/1");
    HttpResponse<String> shown = Http.get(mock.baseUrl(), SWITCH);
    HttpResponse<String> cleared = Http.send(mock.baseUrl(), "DELETE", SWITCH, null);
    HttpResponse<String> up = Http.get(mock.baseUrl(), "/pets/1");

    assertThat(before.body()).isEqualTo("{\"active\":false}");
    String active =
        "{\"active\":true,\"status\":503,\"body\":\"down\",\"headers\":{\"Retry-After\":\"30\"}}";
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(set.body()).isEqualTo(active);
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.body()).isEqualTo("down");
    assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(shown.body()).isEqualTo(active);
    assertThat(cleared.statusCode()).isEqualTo(204);
    assertThat(up.body()).isEqualTo("rex");
    assertThat(Http.get(mock.baseUrl(), SWITCH).body()).isEqualTo("{\"active\":false}");
  }

  @Test
  void aJsonBodyIsSentAsJson() {
    MockServer mock = serve(MockServer.builder());

    put(mock, "{\"status\": 500, \"body\": {\"error\": \"boom\"}}");
    HttpResponse<String> down = Http.get(mock.baseUrl(), "/pets/1");

    assertThat(down.body()).isEqualTo("{\"error\":\"boom\"}");
    assertThat(down.headers().firstValue("Content-Type")).hasValue("application/json");
  }

  @Test
  void showsAServerResponseSetAtStartOrFromJava() {
    MockServer mock = serve(MockServer.builder().serverResponse(ServerResponse.of(502)));

    String atStart = Http.get(mock.baseUrl(), SWITCH).body();
    mock.clearServerResponse();

    assertThat(atStart).isEqualTo("{\"active\":true,\"status\":502,\"headers\":{}}");
    assertThat(Http.get(mock.baseUrl(), SWITCH).body()).isEqualTo("{\"active\":false}");
  }

  @Test
  void aBadBodyIsRefusedNamingTheFieldAndChangesNothing() {
    MockServer mock = serve(MockServer.builder());

    List<HttpResponse<String>> refused =
        List.of(
            put(mock, "not json"),
            put(mock, "[503]"),
            put(mock, "{\"body\": \"down\"}"),
            put(mock, "{\"status\": 99}"),
            put(mock, "{\"status\": \"503\"}"),
            put(mock, "{\"status\": 503, \"headers\": {\"Retry-After\": 30}}"),
            put(mock, "{\"status\": 503, \"delay\": 10}"));

    assertThat(refused).extracting(HttpResponse::statusCode).containsOnly(400);
    assertThat(refused)
        .extracting(HttpResponse::body)
        .allMatch(b -> b.contains("invalidParamError"))
        .anyMatch(b -> b.contains("not JSON"))
        .anyMatch(b -> b.contains("[status]") && b.contains("[99]"))
        .anyMatch(b -> b.contains("[headers.Retry-After]"))
        .anyMatch(b -> b.contains("Unknown field [delay]"));
    assertThat(Http.get(mock.baseUrl(), "/pets/1").statusCode()).isEqualTo(200);
  }

  @Test
  void onAPrivateMockTheSwitchNeedsTheKey() {
    MockServer mock = serve(MockServer.builder().apiKey("k"));
    String body = "{\"status\": 503}";

    HttpResponse<String> without = put(mock, body);
    HttpResponse<String> with = Http.send(mock.baseUrl(), "PUT", SWITCH, body, "x-api-key", "k");

    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(with.statusCode()).isEqualTo(200);
    assertThat(with.body()).startsWith("{\"active\":true,\"status\":503");
  }

  @Test
  void otherMethodsGet405NamingTheAllowedOnes() {
    MockServer mock = serve(MockServer.builder());

    HttpResponse<String> post = Http.send(mock.baseUrl(), "POST", SWITCH, "{}");

    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, PUT, DELETE");
  }
}
