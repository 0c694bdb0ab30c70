package io.github.postmanmock;

import io.github.postmanmock.internal.contract.Difference;
import io.github.postmanmock.internal.contract.ExampleResult;
import io.github.postmanmock.internal.contract.ReportText;
import java.util.List;

/**
 * The outcome of checking one example against the real service.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ContractEntry {
  /** What checking an example came to. */
  public enum Outcome {
    /** The service answered as the example says. */
    OK,
    /** The service answered otherwise, or not at all. */
    DRIFT,
    /** The example was not sent; {@link ContractEntry#reason()} says why. */
    SKIPPED
  }

  private final ExampleResult result;

  ContractEntry(ExampleResult result) {
    this.result = result;
  }

  /**
   * Return the place of the example in its collection.
   *
   * @return {@code Folder/Request/Example}
   */
  public String place() {
    return result.place();
  }

  /**
   * Return the method of the example's request.
   *
   * @return the method, upper case
   */
  public String method() {
    return result.method();
  }

  /**
   * Return the path and query sent (or that would have been sent).
   *
   * @return text starting with {@code /}
   */
  public String path() {
    return result.path();
  }

  /**
   * Return the outcome.
   *
   * @return ok, drift or skipped
   */
  public Outcome outcome() {
    return Outcome.valueOf(result.outcome().name());
  }

  /**
   * Return why the example was skipped, or why no answer came.
   *
   * @return the reason, empty when there is none
   */
  public String reason() {
    return result.reason();
  }

  /**
   * Return each drift as one line: {@code /items/0/qty: expected number, found nothing}, {@code
   * status: expected 404, found 200} or {@code content-type: expected application/json, found
   * text/html}.
   *
   * @return the drifts, empty unless the outcome is {@link Outcome#DRIFT}
   */
  public List<String> drifts() {
    return lines(result.drifts());
  }

  /**
   * Return each field the real body has and the example lacks, as one line such as {@code /note:
   * expected nothing, found string}. They are drifts instead when the check is strict.
   *
   * @return the additions
   */
  public List<String> additions() {
    return lines(result.additions());
  }

  private static List<String> lines(List<Difference> differences) {
    return differences.stream().map(Difference::toString).toList();
  }

  /**
   * Return the message a failing test shows for this example: what was expected, then each drift.
   *
   * @return a multi-line message
   */
  public String failureMessage() {
    return ReportText.failure(result);
  }

  /** Return this entry as the readable report shows it. */
  @Override
  public String toString() {
    return ReportText.block(result).stripTrailing();
  }
}
