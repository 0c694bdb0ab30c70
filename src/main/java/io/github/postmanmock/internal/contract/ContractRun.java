package io.github.postmanmock.internal.contract;

import java.util.List;

/**
 * The results of a contract check.
 *
 * @param examples one result per example, in collection order
 * @param sent how many distinct calls were sent
 * @param answered how many of them got an answer
 */
public record ContractRun(List<ExampleResult> examples, int sent, int answered) {
  public ContractRun {
    examples = List.copyOf(examples);
  }

  /** Whether any example drifted. */
  public boolean drifted() {
    return examples.stream().anyMatch(e -> e.outcome() == Outcome.DRIFT);
  }

  /** Whether calls were sent and none got an answer: the service could not be reached. */
  public boolean unreachable() {
    return sent > 0 && answered == 0;
  }
}
