package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.lint.CollectionLint;
import io.github.postmanmock.internal.lint.LintWarning;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Variables;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Runs the collection lint when a server starts. Every warning goes to {@code
 * MockServer.warnings()}; the {@code System.Logger} named {@code io.github.postmanmock} gets one
 * summary line per collection, once per JVM for the same warnings, so a run of many test classes on
 * one collection logs it once. With {@code failOnCollectionWarnings} a warning is an error and the
 * server does not start.
 */
public final class CollectionWarnings {
  private static final System.Logger LOG = System.getLogger("io.github.postmanmock");
  private static final Set<String> SUMMARISED = ConcurrentHashMap.newKeySet();

  private CollectionWarnings() {}

  /**
   * What to do with the warnings found.
   *
   * @param fail whether a warning stops the server from starting
   * @param log whether to log a summary line per collection (once per JVM)
   */
  public record Policy(boolean fail, boolean log) {
    /** Log a summary, start anyway. */
    public static final Policy DEFAULT = new Policy(false, true);
  }

  static List<String> check(
      List<Collection> collections, Variables variables, MatchOptions options, Policy policy) {
    List<LintWarning> found = CollectionLint.check(collections, variables, options);
    if (!found.isEmpty() && policy.fail()) {
      LintWarning first = found.get(0);
      throw new InvalidCollectionException(
          first.source(),
          first.pointer(),
          "failOnCollectionWarnings allows no collection warnings but found ["
              + found.size()
              + "]:\n  "
              + found.stream().map(LintWarning::toString).collect(Collectors.joining("\n  "))
              + "\nFix them, or start with failOnCollectionWarnings(false) to see them as warnings");
    }
    if (policy.log()) {
      summarise(found);
    }
    return found.stream().map(LintWarning::toString).toList();
  }

  private static void summarise(List<LintWarning> found) {
    Map<String, List<LintWarning>> bySource = new LinkedHashMap<>();
    found.forEach(
        w -> bySource.computeIfAbsent(w.source(), s -> new java.util.ArrayList<>()).add(w));
    bySource.forEach(
        (source, warnings) -> {
          if (SUMMARISED.add(source + "#" + warnings.hashCode())) {
            LOG.log(Level.WARNING, summary(source, warnings));
          }
        });
  }

  /**
   * {@code [twitter.json]: 62 collection warnings (requests without examples: 40, examples using
   * variables defined nowhere: 22); ...}.
   */
  static String summary(String source, List<LintWarning> warnings) {
    Map<LintWarning.Kind, Integer> counts = new EnumMap<>(LintWarning.Kind.class);
    warnings.forEach(w -> counts.merge(w.kind(), 1, Integer::sum));
    String kinds =
        counts.entrySet().stream()
            .map(e -> e.getKey().plural() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
    return "["
        + source
        + "]: "
        + warnings.size()
        + (warnings.size() == 1 ? " collection warning (" : " collection warnings (")
        + kinds
        + "); each is listed by MockServer.warnings() and in the JUnit report entry"
        + " postman-mock.warnings, see docs/assertions.md#collection-warnings";
  }

  /** Whether {@code o} is exact path matching: Postman's 1 MB body limit applies then. */
  public static boolean isStrict(MatchOptions o) {
    return !o.ignoreTrailingSlash()
        && !o.ignoreCase()
        && !o.idDetection().enabled()
        && !o.fuzzyPathMatching();
  }
}
