package io.github.postmanmock.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** A missing corpus fails corpus tests under CI and skips them elsewhere. */
class SharedCorpusTest {
  @TempDir Path dir;

  @Test
  void missingCorpusFailsUnderCiSayingWhereItLooked() {
    Path absent = dir.resolve("corpus");

    assertThatThrownBy(() -> SharedCorpus.present(absent, true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("corpus path [" + absent + "] is absent")
        .hasMessageContaining("CI must check out shared/ beside the clone");
  }

  @Test
  void missingCorpusSkipsOutsideCi() {
    assertThatThrownBy(() -> SharedCorpus.present(dir.resolve("corpus"), false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("skipped outside CI");
  }

  @Test
  void presentCorpusIsReturned() {
    assertThat(SharedCorpus.present(dir, true)).isEqualTo(dir);
  }
}
