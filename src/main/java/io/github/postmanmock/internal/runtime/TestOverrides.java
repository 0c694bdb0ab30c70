package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.ExampleNames;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Variables;
import io.github.postmanmock.internal.server.MockHttpServer;
import io.github.postmanmock.internal.server.Scenarios;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The examples and variables one test chose, applied by swapping the server's engine for the test
 * and rebuilding the mock's own engine when it ends. A live edit of the examples or variables
 * during the test rebuilds the engine too, and so ends the test's choices early.
 *
 * <p>A chosen example wins the calls of its request: while the test runs, the other examples with
 * the same method and the same path (after variables) are set aside, so the calls one of them would
 * have answered get the chosen one. Every other example, and so every other call, is unaffected.
 *
 * <p>Guarded by the owning {@link TestHandle}; one test at a time per server.
 */
final class TestOverrides {
  private final MockHttpServer http;
  private final String serverName;
  private final MatchEngine base;
  private final Runnable restore;
  private final List<MockExample> chosen = new ArrayList<>();
  private final Map<String, String> variables = new LinkedHashMap<>();

  /**
   * Overrides on top of the engine {@code http} answers from now; {@code restore} rebuilds the
   * engine of the mock's current content (so live edits made meanwhile are kept).
   */
  TestOverrides(MockHttpServer http, String serverName, Runnable restore) {
    this.http = http;
    this.serverName = serverName;
    this.base = http.engine();
    this.restore = restore;
  }

  /** Choose the example named {@code key} (a name, or its place {@code "Pets/Get pet/Rex"}). */
  void useExample(String key) {
    chosen.add(find(Objects.requireNonNull(key, "example")));
    apply();
  }

  /** Choose {@code keys}; those of one request play in the order given (see {@link Scenarios}). */
  void useExamples(List<String> keys) {
    List<MockExample> found =
        keys.stream().map(k -> find(Objects.requireNonNull(k, "example"))).toList();
    for (MockExample e : found) {
      if (!chosen.contains(e)) {
        chosen.add(e);
      }
    }
    apply();
    Variables vars = base.variables().with(variables);
    List<List<MockExample>> sequences = new ArrayList<>();
    List<MockExample> grouped = new ArrayList<>();
    for (MockExample first : found) {
      if (grouped.contains(first)) {
        continue;
      }
      List<MockExample> sequence = found.stream().filter(e -> sameRequest(first, e, vars)).toList();
      grouped.addAll(sequence);
      if (sequence.size() > 1) {
        sequences.add(sequence);
      }
    }
    http.scenarios().choose(sequences);
  }

  void variable(String key, String value) {
    variables.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    apply();
  }

  /** Answer from the mock's own examples and variables again. */
  void restore() {
    restore.run();
  }

  private void apply() {
    Variables vars = base.variables().with(variables);
    List<MockExample> kept = new ArrayList<>();
    for (MockExample e : base.examples()) {
      if (chosen.contains(e) || chosen.stream().noneMatch(c -> sameRequest(c, e, vars))) {
        kept.add(e);
      }
    }
    http.replaceEngine(MatchEngine.of(kept, base.bareRequests(), vars, base.options()));
  }

  private static boolean sameRequest(MockExample a, MockExample b, Variables vars) {
    return a.request().method().equalsIgnoreCase(b.request().method())
        && vars.substitute(a.request().url().pathText())
            .equals(vars.substitute(b.request().url().pathText()));
  }

  private MockExample find(String key) {
    ExampleNames.requireUnambiguous(key, base.examples(), serverName);
    List<MockExample> found = ExampleNames.named(key, base.examples());
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "No example ["
              + key
              + "] in ["
              + serverName
              + "]; give a name or a place like \"Folder/Request/Example\". Known: "
              + ExampleNames.places(base.examples()));
    }
    return found.get(0);
  }
}
