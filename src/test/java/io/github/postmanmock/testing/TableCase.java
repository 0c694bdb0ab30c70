package io.github.postmanmock.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.postmanmock.internal.match.MatchOptions;
import io.github.postmanmock.internal.model.MockExample;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.model.Variables;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of the {@link SpecTable}: its examples, variables and options, and its calls with what
 * each should get. Runners read the parts they can check and ignore the others.
 */
public final class TableCase {
  private final JsonNode json;

  TableCase(JsonNode json) {
    this.json = json;
  }

  /** The case id, such as {@code TC-07} or {@code X-03}. */
  public String id() {
    return json.path("id").asText();
  }

  /** The examples as JSON objects, in collection order (see the table's {@code about}). */
  public List<JsonNode> exampleJson() {
    List<JsonNode> out = new ArrayList<>();
    json.path("examples").forEach(out::add);
    return out;
  }

  /** The examples as the collection loader would make them, numbered in table order. */
  public List<MockExample> examples() {
    List<MockExample> out = new ArrayList<>();
    for (JsonNode e : json.path("examples")) {
      out.add(TableExample.fixture(e).build(out.size()));
    }
    return out;
  }

  /** The example a call expects: {@code null} for none, else its JSON object. */
  public JsonNode expectedExample(JsonNode expect) {
    JsonNode wanted = expect.path("example");
    if (wanted.isNull() || wanted.isMissingNode()) {
      return null;
    }
    String key = wanted.asText();
    List<JsonNode> examples = exampleJson();
    if (key.startsWith("#")) {
      return examples.get(Integer.parseInt(key.substring(1)));
    }
    return examples.stream()
        .filter(e -> key.equals(e.path("id").asText(null)))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(id() + " expects unknown example " + key));
  }

  /** The collection variables (some may be disabled). */
  public List<Variable> collectionVariables() {
    return variables(json.path("collectionVariables"));
  }

  /** The environment values. */
  public List<Variable> environment() {
    return variables(json.path("environment"));
  }

  /** Both variable layers, as the engine reads them. */
  public Variables variables() {
    return Variables.of(collectionVariables(), environment());
  }

  /** The options as JSON ({@code {}} for the defaults). */
  public JsonNode optionJson() {
    return json.path("options");
  }

  /** The engine options. */
  public MatchOptions options() {
    return TableOptions.of(optionJson());
  }

  /** The calls in order. */
  public List<TableCall> calls() {
    List<TableCall> out = new ArrayList<>();
    json.path("calls").forEach(c -> out.add(new TableCall(c)));
    return out;
  }

  private static List<Variable> variables(JsonNode array) {
    List<Variable> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(
          new Variable(
              v.path("key").asText(), v.path("value").asText(), v.path("disabled").asBoolean()));
    }
    return out;
  }

  /** The id and title, which test reports show. */
  @Override
  public String toString() {
    return id() + " " + json.path("title").asText();
  }
}
