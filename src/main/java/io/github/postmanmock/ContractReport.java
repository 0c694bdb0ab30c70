package io.github.postmanmock;

import io.github.postmanmock.internal.contract.ContractRun;
import io.github.postmanmock.internal.contract.ExampleResult;
import io.github.postmanmock.internal.contract.ReportJson;
import io.github.postmanmock.internal.contract.ReportText;
import java.util.List;

/**
 * What a {@link ContractCheck} found: one {@link ContractEntry} per example, in collection order.
 * Its {@link #toString()} is the readable report; {@link #toJson()} the JSON one. Neither ever
 * contains a header value.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ContractReport {
  private final ContractRun run;
  private final List<ContractEntry> entries;

  private ContractReport(ContractRun run) {
    this.run = run;
    this.entries = run.examples().stream().map(ContractEntry::new).toList();
  }

  static ContractReport of(ContractRun run) {
    return new ContractReport(run);
  }

  /**
   * Return the outcome of every example, in collection order.
   *
   * @return an unmodifiable list
   */
  public List<ContractEntry> entries() {
    return entries;
  }

  /**
   * Return whether any example drifted from the service.
   *
   * @return {@code true} when at least one entry is {@link ContractEntry.Outcome#DRIFT}
   */
  public boolean drifted() {
    return run.drifted();
  }

  /**
   * Return whether calls were sent and not one got an answer: the service could not be reached, so
   * the check says nothing about the examples.
   *
   * @return {@code true} when the service never answered
   */
  public boolean serviceUnreachable() {
    return run.unreachable();
  }

  /**
   * Return the report as JSON: {@code {"examples": [{"place", "method", "path", "outcome",
   * "reason", "drifts": [{"pointer", "expected", "actual"}], "additions": [...]}]}}.
   *
   * @return indented JSON text
   */
  public String toJson() {
    return ReportJson.write(results());
  }

  /**
   * Return the counts in one line, such as {@code 5 examples: 3 ok, 1 drift, 1 skipped}.
   *
   * @return the summary line
   */
  public String summary() {
    return ReportText.summary(results());
  }

  private List<ExampleResult> results() {
    return run.examples();
  }

  /** Return the readable report: the summary, then one block per example. */
  @Override
  public String toString() {
    return ReportText.report(results());
  }
}
