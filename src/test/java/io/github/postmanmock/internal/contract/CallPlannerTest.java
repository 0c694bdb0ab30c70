package io.github.postmanmock.internal.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.QueryParam;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.model.Variables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallPlannerTest {
  private static final Variables VARS =
      Variables.of(List.of(Variable.of("id", "42"), Variable.of("key", "k1")), List.of());

  private static MockExample example(
      String method, Url url, List<Header> headers, RequestBody body) {
    return new MockExample(
        null,
        "Ex",
        List.of("Req"),
        "test.json",
        "/item/0",
        0,
        new ExampleRequest(method, url, headers, body),
        new ExampleResponse(200, "OK", List.of(), "", null));
  }

  private static Plan plan(MockExample example, boolean unsafe) {
    ContractSettings settings =
        ContractSettings.of(Path.of("x.json"))
            .edit()
            .includeUnsafe(unsafe)
            .header("X-Token", "t")
            .done();
    return new CallPlanner(VARS, settings).plan(example);
  }

  @Test
  void resolvesPathVariablesQueryAndHeaders() {
    Url url =
        new Url(
            "",
            "{{baseUrl}}",
            List.of("users", ":user", "{{id}}"),
            List.of(
                QueryParam.of("key", "{{key}}"),
                new QueryParam("off", "1", true),
                QueryParam.of("flag", null)),
            List.of(Variable.of("user", "ada")));
    List<Header> headers =
        List.of(
            Header.of("Accept", "application/json"),
            Header.of("x-token", "saved"),
            Header.of("Host", "api"));

    Plan plan = plan(example("GET", url, headers, RequestBody.NONE), false);

    assertThat(plan.skipReason()).isNull();
    assertThat(plan.call().target()).isEqualTo("/users/ada/42?key=k1&flag");
    assertThat(plan.call().headers())
        .containsExactly(Header.of("Accept", "application/json"), Header.of("X-Token", "t"));
  }

  @Test
  void addsTheContentTypeOfAJsonBody() {
    Url url = new Url("", "", List.of("orders"), List.of(), List.of());

    Plan plan =
        plan(example("POST", url, List.of(), RequestBody.raw("{\"id\": {{id}}}", "json")), true);

    assertThat(plan.call().body()).isEqualTo("{\"id\": 42}");
    assertThat(plan.call().headers()).contains(Header.of("Content-Type", "application/json"));
  }

  @Test
  void skipsAPathVariableWithoutValue() {
    Url url = new Url("", "", List.of("users", ":user"), List.of(), List.of());

    assertThat(plan(example("GET", url, List.of(), RequestBody.NONE), false).skipReason())
        .startsWith("path variable [:user] in the URL has no value");
  }

  @Test
  void skipsADynamicVariableInTheBody() {
    Url url = new Url("", "", List.of("orders"), List.of(), List.of());

    assertThat(
            plan(example("PUT", url, List.of(), RequestBody.raw("{{$guid}}", null)), true)
                .skipReason())
        .startsWith("dynamic variable [{{$guid}}] in the body");
  }

  @Test
  void theSameRequestHasTheSameKeyWhateverTheHeaderOrder() {
    PlannedCall a =
        new PlannedCall("GET", "/a", List.of(Header.of("A", "1"), Header.of("b", "2")), "");
    PlannedCall b =
        new PlannedCall("GET", "/a", List.of(Header.of("B", "2"), Header.of("a", "1")), "");

    assertThat(a.sameCallKey()).isEqualTo(b.sameCallKey());
    assertThat(a.sameCallKey())
        .isNotEqualTo(new PlannedCall("GET", "/a?x", a.headers(), "").sameCallKey());
  }
}
