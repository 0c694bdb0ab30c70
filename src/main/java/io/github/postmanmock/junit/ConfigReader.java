package io.github.postmanmock.junit;

import io.github.postmanmock.Delay;
import io.github.postmanmock.MatchingOptions;
import io.github.postmanmock.MockServerBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Turns a {@link PostmanMock} annotation into a {@link ServerConfig}: each attribute is one call on
 * the server builder, which checks it; a bad value fails the class with the builder's message,
 * prefixed with where the annotation is.
 */
final class ConfigReader {
  private ConfigReader() {}

  static ServerConfig read(PostmanMock mock, Class<?> annotated) {
    String where = "@PostmanMock on [" + annotated.getName() + "]";
    if (mock.value().isBlank()) {
      throw new ExtensionConfigurationException(
          where
              + " names no collection. Give the collection file: "
              + "@PostmanMock(\"petstore.postman_collection.json\")");
    }
    BuilderCalls options =
        new BuilderCalls(
            e -> new ExtensionConfigurationException(where + ": " + e.getMessage(), e));
    options.add(b -> b.options(matching(mock)));
    options.add(b -> b.maxBodyBytes(mock.maxBodyBytes()));
    options.add(b -> b.failOnCollectionWarnings(mock.failOnCollectionWarnings()));
    options.add(b -> b.logCollectionWarnings(mock.logCollectionWarnings()));
    options.add(b -> b.maxRecordedCalls(mock.maxRecordedCalls()));
    options.add(b -> b.maxRecordedBytes(mock.maxRecordedBytes()));
    options.add(b -> b.maxRecordedBodyBytes(mock.maxRecordedBodyBytes()));
    for (String pair : mock.variables()) {
      options.add(b -> b.variable(key(pair, where), pair.substring(pair.indexOf('=') + 1)));
    }
    for (String key : mock.apiKey()) {
      options.add(b -> b.apiKey(key));
    }
    if (mock.seed().length > 1) {
      throw new ExtensionConfigurationException(
          where + ": give at most one seed but there were " + Arrays.toString(mock.seed()));
    }
    for (long seed : mock.seed()) {
      options.add(b -> b.seed(seed));
    }
    options.add(b -> b.delay(Delay.parse(mock.delay())));
    options.add(b -> b.cors(mock.cors()));
    if (mock.https()) {
      options.add(MockServerBuilder::https);
    }
    if (!mock.keyStore().isEmpty()) {
      options.add(b -> b.keyStore(mock.keyStore(), mock.keyStorePassword().toCharArray()));
    }
    new RecordTarget("", "").target(mock.recordFrom(), where); // a bad URL fails the class now
    return new ServerConfig(
        mock.value(),
        mock.environment(),
        mock.recordFrom(),
        options.list(),
        mock.failOnUnmatched(),
        mock.failOnUnusedExamples(),
        true);
  }

  private static String key(String pair, String where) {
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new ExtensionConfigurationException(
          where + ": variables must be written key=value but one was [\"" + pair + "\"]");
    }
    return pair.substring(0, eq);
  }

  private static MatchingOptions matching(PostmanMock mock) {
    MatchingOptions base = mock.strict() ? MatchingOptions.strict() : MatchingOptions.defaults();
    return base.withFuzzyPathMatching(!mock.strict() && mock.fuzzyPathMatching())
        .withFuzzyThreshold(mock.fuzzyThreshold())
        .withMatchQueryParams(mock.matchQueryParams())
        .withMatchWildcards(mock.matchWildcards())
        .withMatchBody(mock.matchBody())
        .withMatchHeaders(mock.matchHeaders())
        .withPathFromResolvedUrl(mock.pathFromResolvedUrl())
        .withQueryWildcards(mock.queryWildcards());
  }
}
