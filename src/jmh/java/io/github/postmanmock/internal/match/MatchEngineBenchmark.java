package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.Url;
import io.github.postmanmock.internal.model.UrlParser;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.model.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one decision as the collection grows: 10, 1,000 and 10,000 REST-like examples (five
 * per resource: list, one by wildcard, create, a value-less path variable, a literal ID), and calls
 * that hit exactly, hit a wildcard, and miss (which also runs the fuzzy step).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MatchEngineBenchmark {
  private static final String[] WORDS = {
    "users", "orders", "invoices", "payments", "products", "carts", "accounts", "subscriptions",
    "shipments", "reviews", "customers", "refunds", "webhooks", "tokens", "sessions", "reports"
  };

  @Param({"10", "1000", "10000"})
  public int examples;

  private MatchEngine engine;
  private HttpCall exact;
  private HttpCall wildcard;
  private HttpCall miss;

  @Setup
  public void setUp() {
    List<MockExample> list = new ArrayList<>();
    for (int r = 0; list.size() < examples; r++) {
      String res = resource(r);
      add(list, "GET", "{{baseUrl}}/api/v1/" + res, List.of());
      add(list, "GET", "{{baseUrl}}/api/v1/" + res + "/{{id}}", List.of());
      add(list, "POST", "{{baseUrl}}/api/v1/" + res, List.of());
      add(
          list,
          "GET",
          "{{baseUrl}}/api/v1/" + res + "/:itemId/lines",
          List.of(Variable.of("itemId", null)));
      add(list, "GET", "{{baseUrl}}/api/v1/" + res + "/1001/status", List.of());
    }
    engine = MatchEngine.of(list.subList(0, examples), Variables.EMPTY, MatchOptions.defaults());
    String one = resource(1);
    exact = HttpCall.of("GET", "/api/v1/" + one + "/1001/status");
    wildcard = HttpCall.of("GET", "/api/v1/" + one + "/abc-77");
    miss = HttpCall.of("GET", "/api/v1/nothing-here/abc");
    check(engine.match(exact), Rule.U1_EXACT);
    check(engine.match(wildcard), Rule.U5_WILDCARD);
    if (engine.match(miss).matched()) {
      throw new IllegalStateException("the miss call matched [" + engine.match(miss) + "]");
    }
  }

  private static String resource(int r) {
    String word = WORDS[r % WORDS.length];
    return r < WORDS.length ? word : word + "-" + (r / WORDS.length);
  }

  private static void add(List<MockExample> list, String method, String raw, List<Variable> vars) {
    Url parsed = UrlParser.parse(raw);
    Url url = new Url(parsed.raw(), parsed.host(), parsed.path(), parsed.query(), vars);
    int order = list.size();
    list.add(
        new MockExample(
            "ex-" + order,
            "example " + order,
            List.of(),
            "benchmark",
            "",
            order,
            new ExampleRequest(method, url, List.of(), RequestBody.NONE),
            new ExampleResponse(200, "OK", List.of(), "{}", "json")));
  }

  private static void check(Decision d, Rule expected) {
    if (d.rule() != expected) {
      throw new IllegalStateException("expected [" + expected + "] but decided [" + d + "]");
    }
  }

  @Benchmark
  public Decision exactHit() {
    return engine.match(exact);
  }

  @Benchmark
  public Decision wildcardHit() {
    return engine.match(wildcard);
  }

  @Benchmark
  public Decision miss() {
    return engine.match(miss);
  }
}
