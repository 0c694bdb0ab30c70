package io.github.postmanmock.internal.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a mock records: where calls go and where the examples are written.
 *
 * @param target the base URL of the real service, such as {@code http://localhost:8080}
 * @param out the collection file the examples are added to (created when missing)
 * @param sensitiveHeaders header names (any case) whose values are never saved, besides {@link
 *     #ALWAYS_SENSITIVE}
 * @param idVariables whether ID-like path segments are saved as {@code {{id}}} variables
 * @param unmatchedOnly passthrough: only the calls no example answers are forwarded; {@code out}
 *     may then be {@code null}, and nothing is saved
 */
public record RecordingSettings(
    URI target,
    Path out,
    Set<String> sensitiveHeaders,
    boolean idVariables,
    boolean unmatchedOnly) {

  /** The headers never saved in a recording, whatever the settings. */
  public static final Set<String> ALWAYS_SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

  public RecordingSettings {
    Objects.requireNonNull(target, "target");
    if (!unmatchedOnly) {
      Objects.requireNonNull(out, "out");
    }
    String scheme = target.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)
        || target.getHost() == null) {
      throw new IllegalArgumentException(
          "The recording target must be an http or https URL such as [http://localhost:8080]"
              + " but was ["
              + target
              + "]");
    }
    sensitiveHeaders =
        sensitiveHeaders.stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Record mode: every call forwarded, and saved in {@code out}. */
  public RecordingSettings(
      URI target, Path out, Set<String> sensitiveHeaders, boolean idVariables) {
    this(target, out, sensitiveHeaders, idVariables, false);
  }

  /** Whether the value of header {@code name} must not be saved. */
  boolean isSensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return ALWAYS_SENSITIVE.contains(lower) || sensitiveHeaders.contains(lower);
  }
}
