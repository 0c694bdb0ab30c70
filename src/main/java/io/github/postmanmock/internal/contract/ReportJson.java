package io.github.postmanmock.internal.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.JsonMappers;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a contract check: {@code {"examples": [{"place", "method", "path", "outcome",
 * "reason", "drifts": [{"pointer", "expected", "actual"}], "additions": [...]}]}}.
 */
public final class ReportJson {

  private ReportJson() {}

  /** The report as indented JSON text. */
  public static String write(List<ExampleResult> examples) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode list = root.putArray("examples");
    for (ExampleResult e : examples) {
      ObjectNode node = list.addObject();
      node.put("place", e.place());
      node.put("method", e.method());
      node.put("path", e.path());
      node.put("outcome", e.outcome().name().toLowerCase(Locale.ROOT));
      node.put("reason", e.reason());
      differences(node.putArray("drifts"), e.drifts());
      differences(node.putArray("additions"), e.additions());
    }
    try {
      return JsonMappers.pretty().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void differences(ArrayNode array, List<Difference> differences) {
    for (Difference d : differences) {
      array
          .addObject()
          .put("pointer", d.pointer())
          .put("expected", d.expected())
          .put("actual", d.actual());
    }
  }
}
