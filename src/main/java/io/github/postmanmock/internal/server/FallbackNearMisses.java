package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.match.Candidate;
import io.github.postmanmock.internal.match.Candidate.Step;
import io.github.postmanmock.internal.model.Example;
import io.github.postmanmock.internal.model.HttpCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Closest examples for the report when the engine names none (it names near misses only for the
 * steps it reached): examples ranked by method, then by how many path segments they share with the
 * call at the same place. Diagnostics only; it never decides what is served.
 */
final class FallbackNearMisses {
  private FallbackNearMisses() {}

  static List<Candidate> rank(HttpCall call, List<Example> examples, int limit) {
    List<String> callPath = segments(call.path());
    List<Scored> scored = new ArrayList<>();
    for (Example e : examples) {
      boolean sameMethod = e.request().method().equalsIgnoreCase(call.method());
      int similarity = similarity(e.request().url().path(), callPath);
      scored.add(new Scored(e, sameMethod, similarity));
    }
    scored.sort(
        Comparator.comparing((Scored s) -> !s.sameMethod)
            .thenComparing(s -> -s.similarity)
            .thenComparingInt(s -> s.example.order()));
    List<Candidate> out = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
      out.add(candidate(s, call));
    }
    return out;
  }

  private static Candidate candidate(Scored s, HttpCall call) {
    String examplePath = s.example.request().url().pathText();
    String pathReason =
        "path [" + examplePath + "] does not match the call's [" + call.path() + "]";
    if (s.sameMethod) {
      return new Candidate(s.example, Step.PATH, null, Double.NaN, pathReason);
    }
    String methodReason =
        "method is " + s.example.request().method() + ", call is " + call.method();
    return new Candidate(s.example, Step.METHOD, null, Double.NaN, methodReason);
  }

  /** Segments equal (ignoring case) or variable at the same place, less the length difference. */
  private static int similarity(List<String> example, List<String> call) {
    int shared = 0;
    for (int i = 0; i < Math.min(example.size(), call.size()); i++) {
      String segment = example.get(i);
      if (segment.equalsIgnoreCase(call.get(i))
          || segment.startsWith("{{")
          || segment.startsWith(":")) {
        shared++;
      }
    }
    return 2 * shared - Math.abs(example.size() - call.size());
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.toLowerCase(Locale.ROOT).split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private record Scored(Example example, boolean sameMethod, int similarity) {}
}
