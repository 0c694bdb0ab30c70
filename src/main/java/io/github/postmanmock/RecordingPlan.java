package io.github.postmanmock;

import io.github.postmanmock.internal.server.Recording;
import io.github.postmanmock.internal.server.RecordingSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the builder knows about record mode, turned into a {@link Recording} when the server starts:
 * the target, the file the examples go to, extra sensitive headers and whether IDs become
 * variables.
 */
final class RecordingPlan {
  private URI target;
  private Path out;
  private final Set<String> sensitiveHeaders = new LinkedHashSet<>();
  private boolean idVariables;
  private Duration saveEvery;

  void target(URI target) {
    this.target = target;
  }

  void out(Path out) {
    this.out = out;
  }

  void sensitiveHeader(String name) {
    sensitiveHeaders.add(name);
  }

  void idVariables(boolean on) {
    this.idVariables = on;
  }

  void saveEvery(Duration interval) {
    this.saveEvery = interval;
  }

  boolean active() {
    return target != null;
  }

  /**
   * The recording, or {@code null} when not recording. Without {@code recordTo}, the examples go to
   * the one collection file the builder was given.
   *
   * @throws IllegalStateException if there is no file to write to
   * @throws InvalidCollectionException if that file exists but is not a valid collection
   */
  Recording start(List<ServerPlan.Source> collections) {
    if (target == null) {
      return null;
    }
    Path file = out;
    if (file == null && collections.size() == 1 && collections.get(0).file() != null) {
      file = collections.get(0).file();
    }
    if (file == null) {
      throw new IllegalStateException(
          "Recording from ["
              + target
              + "] needs a file to write the examples to: call recordTo(Path), or give exactly"
              + " one collection(Path)");
    }
    if (Files.exists(file)) {
      CollectionFiles.readCollection(file); // fail now, not when the run ends
    }
    Recording recording =
        Recording.of(new RecordingSettings(target, file, sensitiveHeaders, idVariables));
    if (saveEvery != null) {
      recording.saveEvery(saveEvery);
    }
    return recording;
  }
}
