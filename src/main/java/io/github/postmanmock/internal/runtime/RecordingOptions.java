package io.github.postmanmock.internal.runtime;

import io.github.postmanmock.internal.server.Recording;
import io.github.postmanmock.internal.server.RecordingSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Record mode as configured: the target, the file the examples go to, extra sensitive headers and
 * whether IDs become variables.
 *
 * @param target the service to record from, or {@code null} when not recording
 * @param out the file to write to, or {@code null} for the one collection file given
 * @param sensitiveHeaders headers never saved, besides Authorization, Cookie and the like
 * @param idVariables whether ID-like path segments are saved as {@code {{id}}}
 * @param saveEvery save within this interval of each exchange, or {@code null} to save only when
 *     asked and on close
 */
public record RecordingOptions(
    URI target, Path out, Set<String> sensitiveHeaders, boolean idVariables, Duration saveEvery) {
  /** Not recording. */
  public static final RecordingOptions OFF =
      new RecordingOptions(null, null, Set.of(), false, null);

  public RecordingOptions {
    sensitiveHeaders = Set.copyOf(sensitiveHeaders);
  }

  /** Whether the server records instead of matching. */
  public boolean active() {
    return target != null;
  }

  /**
   * The recording, or {@code null} when not recording. Without {@code out}, the examples go to the
   * one collection file given.
   *
   * @throws IllegalStateException if there is no file to write to
   * @throws io.github.postmanmock.InvalidCollectionException if that file exists but is not a valid
   *     collection
   */
  Recording start(List<Source> collections) {
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
      Source.of(file).collection(); // fail now, not when the run ends
    }
    Recording recording =
        Recording.of(new RecordingSettings(target, file, sensitiveHeaders, idVariables));
    if (saveEvery != null) {
      recording.saveEvery(saveEvery);
    }
    return recording;
  }
}
