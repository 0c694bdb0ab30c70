package io.github.postmanmock.internal.match;

import io.github.postmanmock.internal.model.ExampleRequest;
import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.RequestBody;
import io.github.postmanmock.internal.model.UrlParser;
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
 * One route with many examples that differ only in a numeric ID ({@code GET /users/1} … {@code
 * /users/N}), as record mode produces: every example shares one index bucket. Calls the first and
 * the last URL; {@link #lastByFullScan} scores every example, as the engine did before it stopped
 * early, and is the reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SameRouteBenchmark {
  @Param({"10", "1000", "10000"})
  public int examples;

  private MatchEngine engine;
  private HttpCall first;
  private HttpCall last;

  @Setup
  public void setUp() {
    List<MockExample> list = new ArrayList<>();
    for (int i = 1; i <= examples; i++) {
      list.add(
          new MockExample(
              "ex-" + i,
              "user " + i,
              List.of(),
              "benchmark",
              "",
              i - 1,
              new ExampleRequest(
                  "GET", UrlParser.parse("{{baseUrl}}/users/" + i), List.of(), RequestBody.NONE),
              new ExampleResponse(200, "OK", List.of(), "{\"id\":" + i + "}", "json")));
    }
    engine = MatchEngine.of(list, Variables.EMPTY, MatchOptions.defaults());
    first = HttpCall.of("GET", "/users/1");
    last = HttpCall.of("GET", "/users/" + examples);
    if (engine.match(last).rule() != Rule.U1_EXACT) {
      throw new IllegalStateException("the last URL did not match exactly");
    }
  }

  @Benchmark
  public Decision first() {
    return engine.match(first);
  }

  @Benchmark
  public Decision last() {
    return engine.match(last);
  }

  @Benchmark
  public Decision lastByFullScan() {
    return engine.matchByFullScan(last);
  }
}
