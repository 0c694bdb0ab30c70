package io.github.postmanmock;

import io.github.postmanmock.testing.TableCase;
import java.util.List;

/**
 * A case of the SPEC table written twice, as a user would write it: with the inline builder and as
 * a Postman collection file (JSON text). The builder-parity runner ({@link InlineParityTest})
 * checks that both give the engine the same examples and decisions.
 *
 * @param table the case as the table gives it
 * @param built its examples written with {@link Examples} and {@link ExampleBuilder}
 * @param collectionJson its examples as a collection file
 */
record SpecCase(TableCase table, List<ExampleBuilder> built, String collectionJson) {
  static SpecCase of(TableCase table) {
    return new SpecCase(table, SpecCaseInline.builders(table), SpecCaseJson.collection(table));
  }

  String id() {
    return table.id();
  }

  @Override
  public String toString() {
    return table.toString();
  }
}
