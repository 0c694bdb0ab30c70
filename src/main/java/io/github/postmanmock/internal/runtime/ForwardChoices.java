package io.github.postmanmock.internal.runtime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a builder's server forwards calls to a real service: record mode (every call, each
 * exchange saved as an example) or passthrough (only the calls no example answers), with where and
 * how the exchanges are saved. Each value is checked as it is given, the two modes against each
 * other when the options are built. Not thread-safe, like the builder that owns it.
 */
public final class ForwardChoices {
  private final Set<String> sensitiveHeaders = new LinkedHashSet<>();
  private URI recordFrom;
  private Path recordTo;
  private boolean idVariables;
  private Duration saveEvery;
  private URI passthroughTo;
  private Path recordUnmatched;

  /** Record every call from {@code target}. */
  public void recordFrom(URI target) {
    this.recordFrom = target(target, "recording");
  }

  /** Write recorded examples to {@code file}. */
  public void recordTo(Path file) {
    this.recordTo = Objects.requireNonNull(file, "file");
  }

  /** Never save header {@code name}. */
  public void recordWithoutHeader(String name) {
    sensitiveHeaders.add(Objects.requireNonNull(name, "name"));
  }

  /** Save within {@code interval} of each new exchange. */
  public void recordSaveEvery(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("recordSaveEvery must be positive but was " + interval);
    }
    this.saveEvery = interval;
  }

  /** Save ID-like path segments as {@code {{id}}}. */
  public void recordIdsAsVariables(boolean on) {
    this.idVariables = on;
  }

  /** Forward the calls no example answers to {@code target}. */
  public void passthroughTo(URI target) {
    this.passthroughTo = target(target, "passthrough");
  }

  /** Save the exchanges forwarded by passthrough to {@code file}. */
  public void recordUnmatched(Path file) {
    this.recordUnmatched = Objects.requireNonNull(file, "file");
  }

  private static URI target(URI target, String mode) {
    Objects.requireNonNull(target, "target");
    if (target.getScheme() == null || target.getHost() == null) {
      throw new IllegalArgumentException(
          "the "
              + mode
              + " target must be a URL such as [http://localhost:8080] but was ["
              + target
              + "]");
    }
    return target;
  }

  /**
   * The chosen mode as a value.
   *
   * @throws IllegalStateException if both modes were chosen, or a passthrough file without
   *     passthrough
   */
  RecordingOptions options() {
    if (passthroughTo != null && recordFrom != null) {
      throw new IllegalStateException(
          "recordFrom("
              + recordFrom
              + ") and passthroughTo("
              + passthroughTo
              + ") were both set;"
              + " record mode forwards every call, passthrough only the unmatched ones: choose one");
    }
    if (recordUnmatched != null && passthroughTo == null) {
      throw new IllegalStateException(
          "recordUnmatched("
              + recordUnmatched
              + ") needs passthroughTo(URI): it saves what the"
              + " passthrough target answered");
    }
    return passthroughTo != null
        ? new RecordingOptions(
            passthroughTo, recordUnmatched, sensitiveHeaders, idVariables, null, true)
        : new RecordingOptions(recordFrom, recordTo, sensitiveHeaders, idVariables, saveEvery);
  }
}
