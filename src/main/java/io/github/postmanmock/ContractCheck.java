package io.github.postmanmock;

import io.github.postmanmock.internal.contract.ContractRunner;
import io.github.postmanmock.internal.contract.ContractSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a collection's saved examples against the real service: each example's request is sent to
 * the service and the answer compared with the example's status, media type and JSON shape (see
 * {@code docs/contract.md}).
 *
 * <pre>{@code
 * ContractReport report =
 *     ContractCheck.of(Path.of("orders.postman_collection.json"))
 *         .against(URI.create("http://localhost:8080"))
 *         .run();
 * }</pre>
 *
 * <p>Immutable and thread-safe: every method returns a new check. Only GET, HEAD and OPTIONS are
 * sent unless {@link #includeUnsafe(boolean)} says otherwise.
 *
 * @since 0.1
 */
public final class ContractCheck {
  private final ContractSettings settings;

  private ContractCheck(ContractSettings settings) {
    this.settings = settings;
  }

  /**
   * Return a check of the examples of the collection file {@code collection}.
   *
   * @param collection a Postman collection v2.0 or v2.1 file
   * @return a check with no base URL yet
   */
  public static ContractCheck of(Path collection) {
    return new ContractCheck(ContractSettings.of(Objects.requireNonNull(collection, "collection")));
  }

  /**
   * Return a copy that resolves variables from the environment {@code file} too; later environments
   * shadow earlier ones, and all shadow collection variables.
   *
   * @param file a Postman environment file
   * @return the new check
   */
  public ContractCheck environment(Path file) {
    return new ContractCheck(
        settings.edit().environment(Objects.requireNonNull(file, "file")).done());
  }

  /**
   * Return a copy that sends the calls to {@code baseUrl}: each example's path and query are
   * appended to it, whatever host the example names.
   *
   * @param baseUrl an http or https URL, such as {@code http://localhost:8080} or {@code
   *     https://staging.example.com/api}
   * @return the new check
   * @throws IllegalArgumentException if {@code baseUrl} is not an http or https URL with a host
   */
  public ContractCheck against(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "The base URL must be an http or https URL such as [http://localhost:8080] but was ["
              + baseUrl
              + "]");
    }
    return new ContractCheck(settings.edit().base(baseUrl).done());
  }

  /**
   * Return a copy that also sends POST, PUT, PATCH, DELETE and other unsafe methods, which can
   * change real data; by default their examples are skipped and never sent.
   *
   * @param on whether unsafe methods are sent
   * @return the new check
   */
  public ContractCheck includeUnsafe(boolean on) {
    return new ContractCheck(settings.edit().includeUnsafe(on).done());
  }

  /**
   * Return a copy in which fields that the real body has and the example lacks are drift rather
   * than additions.
   *
   * @param on whether additions count as drift
   * @return the new check
   */
  public ContractCheck strict(boolean on) {
    return new ContractCheck(settings.edit().strict(on).done());
  }

  /**
   * Return a copy that compares values too: JSON leaf values, and non-JSON bodies as exact text.
   *
   * @param on whether values are compared
   * @return the new check
   */
  public ContractCheck compareValues(boolean on) {
    return new ContractCheck(settings.edit().values(on).done());
  }

  /**
   * Return a copy that sends header {@code name} with every call, replacing the example's header of
   * that name. Values are never printed in reports.
   *
   * @param name the header name, such as {@code Authorization}
   * @param value its value
   * @return the new check
   */
  public ContractCheck header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank() || name.contains(":")) {
      throw new IllegalArgumentException("Header name must be a token but was [" + name + "]");
    }
    return new ContractCheck(settings.edit().header(name.trim(), value).done());
  }

  /**
   * Return a copy that waits at most {@code timeout} for each answer (default 10 seconds); a call
   * without an answer in time is drift.
   *
   * @param timeout a positive duration
   * @return the new check
   */
  public ContractCheck timeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("Timeout must be positive but was [" + timeout + "]");
    }
    return new ContractCheck(settings.edit().timeout(timeout).done());
  }

  /**
   * Return a copy that has at most {@code calls} calls in flight at once (default 4).
   *
   * @param calls from 1 to 64
   * @return the new check
   */
  public ContractCheck concurrency(int calls) {
    if (calls < 1 || calls > 64) {
      throw new IllegalArgumentException(
          "Concurrency must be from 1 to 64 but was [" + calls + "]");
    }
    return new ContractCheck(settings.edit().concurrency(calls).done());
  }

  /**
   * Return a copy that follows redirects; by default a redirect is the answer compared.
   *
   * @param on whether redirects are followed
   * @return the new check
   */
  public ContractCheck followRedirects(boolean on) {
    return new ContractCheck(settings.edit().followRedirects(on).done());
  }

  /**
   * Send the calls, compare the answers and return the report. Each distinct request is sent once.
   *
   * @return one entry per example, in collection order
   * @throws InvalidCollectionException if the collection or an environment cannot be read
   * @throws IllegalStateException if no base URL was given
   */
  public ContractReport run() {
    return ContractReport.of(ContractRunner.run(settings));
  }

  /** Return the settings in one line; header values that record mode never saves are masked. */
  @Override
  public String toString() {
    return "ContractCheck" + settings.toString().substring("ContractSettings".length());
  }
}
