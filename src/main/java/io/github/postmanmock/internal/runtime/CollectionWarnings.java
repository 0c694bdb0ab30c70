package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.InvalidCollectionException;
import io.github.postmanmock.internal.lint.CollectionLint;
import io.github.postmanmock.internal.lint.LintWarning;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Variables;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the collection lint when a server starts. Under strict matching (no trailing-slash, case, ID
 * or similar-path tolerance, as {@code MatchingOptions.strict()} sets) a warning is an error and
 * the server does not start; otherwise each warning goes to {@code MockServer.warnings()} and to
 * the {@code System.Logger} named {@code io.github.postmanmock} at level WARNING.
 */
public final class CollectionWarnings {
  private static final System.Logger LOG = System.getLogger("io.github.postmanmock");

  private CollectionWarnings() {}

  static List<String> check(
      List<Collection> collections, Variables variables, MatchOptions options) {
    List<LintWarning> found = CollectionLint.check(collections, variables, options);
    if (!found.isEmpty() && isStrict(options)) {
      LintWarning first = found.get(0);
      throw new InvalidCollectionException(
          first.source(),
          first.pointer(),
          "Strict matching allows no collection warnings but found ["
              + found.size()
              + "]:\n  "
              + found.stream().map(LintWarning::toString).collect(Collectors.joining("\n  "))
              + "\nFix them, or match with default options to see them as warnings");
    }
    List<String> warnings = found.stream().map(LintWarning::toString).collect(Collectors.toList());
    for (String w : warnings) {
      LOG.log(Level.WARNING, w);
    }
    return List.copyOf(warnings);
  }

  public static boolean isStrict(MatchOptions o) {
    return !o.ignoreTrailingSlash()
        && !o.ignoreCase()
        && !o.idDetection().enabled()
        && !o.fuzzyPathMatching();
  }
}
