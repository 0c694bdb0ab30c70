package io.github.postmanmock.internal.collection;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared corpus of real collections is, and what a test does when it is missing: on a
 * developer machine the test is skipped; under CI (environment variable {@code CI} set, where
 * {@code shared/} sits beside the clone) it fails, so a corpus that went missing cannot pass
 * unnoticed.
 */
public final class SharedCorpus {
  /** The corpus folder, or {@code ../shared/corpus} when none was found. */
  static final Path DIR = locate();

  private SharedCorpus() {}

  /**
   * The corpus is {@code ../shared/corpus} next to the project; a git worktree sits one level
   * deeper, so the nearest {@code shared/corpus} above the project directory is used. The system
   * property {@code postmanmock.corpus} names another folder (a missing one shows what the corpus
   * tests do without the corpus: {@code mvn test -Dpostmanmock.corpus=none}).
   */
  private static Path locate() {
    String given = System.getProperty("postmanmock.corpus");
    if (given != null) {
      return Path.of(given);
    }
    Path dir = Path.of("").toAbsolutePath().getParent();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return Path.of("..", "shared", "corpus");
  }

  /** {@code file} in the corpus; skips the test, or fails it under CI, when it is absent. */
  public static Path require(String file) {
    return present(DIR.resolve(file), underCi());
  }

  /** The corpus folder; skips the test, or fails it under CI, when it is absent. */
  static Path require() {
    return present(DIR, underCi());
  }

  private static boolean underCi() {
    return System.getenv("CI") != null;
  }

  /** {@code path} when it exists; otherwise fails when {@code underCi}, else skips. */
  static Path present(Path path, boolean underCi) {
    if (Files.exists(path)) {
      return path;
    }
    String where =
        "corpus path ["
            + path.toAbsolutePath().normalize()
            + "] is absent ("
            + (System.getProperty("postmanmock.corpus") != null
                ? "named by -Dpostmanmock.corpus"
                : "looked for shared/corpus in every folder above ["
                    + Path.of("").toAbsolutePath()
                    + "]")
            + ")";
    if (underCi) {
      return fail(where + "; CI must check out shared/ beside the clone");
    }
    return abort(where + "; skipped outside CI");
  }
}
