package io.github.postmanmock.internal.contract;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.server.RecordingSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a contract check reads, where it sends the calls and how it compares the answers.
 *
 * @param collection the collection file whose examples are checked
 * @param environments environment files, later ones shadowing earlier ones
 * @param base the base URL of the real service, each example's path appended to it; {@code null}
 *     until given
 * @param includeUnsafe whether POST, PUT, PATCH, DELETE and other unsafe methods are sent too
 * @param strict whether fields the example lacks count as drift
 * @param values whether values are compared too: JSON leaves and whole non-JSON bodies
 * @param headers headers sent with every call, replacing the example's header of the same name
 * @param timeout the longest wait for one answer
 * @param concurrency how many calls are in flight at once
 * @param followRedirects whether redirects are followed (they are answers of their own otherwise)
 */
public record ContractSettings(
    Path collection,
    List<Path> environments,
    URI base,
    boolean includeUnsafe,
    boolean strict,
    boolean values,
    List<Header> headers,
    Duration timeout,
    int concurrency,
    boolean followRedirects) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_CONCURRENCY = 4;

  public ContractSettings {
    Objects.requireNonNull(collection, "collection");
    environments = List.copyOf(environments);
    headers = List.copyOf(headers);
    Objects.requireNonNull(timeout, "timeout");
  }

  /** Settings for {@code collection} with every default: safe methods only, shapes only. */
  public static ContractSettings of(Path collection) {
    return new ContractSettings(
        collection,
        List.of(),
        null,
        false,
        false,
        false,
        List.of(),
        DEFAULT_TIMEOUT,
        DEFAULT_CONCURRENCY,
        false);
  }

  /** A builder holding these settings, to change some of them. */
  public SettingsEditor edit() {
    return new SettingsEditor(this);
  }

  /** Whether the value of header {@code name} must never be printed: record mode's rule. */
  public static boolean isSensitive(String name) {
    return RecordingSettings.ALWAYS_SENSITIVE.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The extra headers with sensitive values masked, for messages. */
  public String headersForDisplay() {
    return headers.stream()
        .map(h -> h.key() + ": " + (isSensitive(h.key()) ? "***" : h.value()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @Override
  public String toString() {
    return "ContractSettings[collection="
        + collection
        + ", environments="
        + environments
        + ", base="
        + base
        + ", includeUnsafe="
        + includeUnsafe
        + ", strict="
        + strict
        + ", values="
        + values
        + ", headers="
        + headersForDisplay()
        + ", timeout="
        + timeout
        + ", concurrency="
        + concurrency
        + ", followRedirects="
        + followRedirects
        + "]";
  }
}
