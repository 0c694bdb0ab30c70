package io.github.postmanmock.internal.contract;

import java.util.List;
import java.util.Locale;

/**
 * The readable forms of a contract check: one block per example (also the failure message of its
 * dynamic test) and a whole report with a summary line. No header value ever appears in them.
 */
public final class ReportText {
  private ReportText() {}

  /** One line of counts: {@code 5 examples: 3 ok, 1 drift, 1 skipped}. */
  public static String summary(List<ExampleResult> examples) {
    return examples.size()
        + (examples.size() == 1 ? " example: " : " examples: ")
        + count(examples, Outcome.OK)
        + " ok, "
        + count(examples, Outcome.DRIFT)
        + " drift, "
        + count(examples, Outcome.SKIPPED)
        + " skipped";
  }

  private static long count(List<ExampleResult> examples, Outcome outcome) {
    return examples.stream().filter(e -> e.outcome() == outcome).count();
  }

  /** The whole report: the summary, then one block per example. */
  public static String report(List<ExampleResult> examples) {
    StringBuilder out = new StringBuilder(summary(examples)).append("\n\n");
    for (ExampleResult e : examples) {
      out.append(block(e));
    }
    return out.toString();
  }

  /**
   * One example: a head line {@code DRIFT GET /orders/1 [Orders/Get order/Found]}, then the reason
   * and each difference indented on its own line.
   */
  public static String block(ExampleResult e) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-7s ", e.outcome().name()))
        .append(e.method())
        .append(' ')
        .append(e.path())
        .append(" [")
        .append(e.place())
        .append("]\n");
    if (!e.reason().isEmpty()) {
      out.append("        ").append(e.reason()).append('\n');
    }
    for (Difference d : e.drifts()) {
      out.append("        ").append(d).append('\n');
    }
    for (Difference d : e.additions()) {
      out.append("        addition ")
          .append(d.pointer())
          .append(": ")
          .append(d.actual())
          .append(" (not in the example)\n");
    }
    return out.toString();
  }

  /** The failure message of a drifting example's test: what drifted, then each difference. */
  public static String failure(ExampleResult e) {
    StringBuilder out =
        new StringBuilder("Expecting the service to answer ")
            .append(e.method())
            .append(' ')
            .append(e.path())
            .append(" as example [")
            .append(e.place())
            .append("] says\nbut:\n");
    if (!e.reason().isEmpty()) {
      out.append("  ").append(e.reason()).append('\n');
    }
    for (Difference d : e.drifts()) {
      out.append("  ").append(d).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
