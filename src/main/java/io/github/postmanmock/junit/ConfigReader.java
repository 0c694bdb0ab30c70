package io.github.postmanmock.junit;

import io.github.postmanmock.Delay;
import io.github.postmanmock.MatchingOptions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Turns a {@link PostmanMock} annotation into a validated {@link ServerConfig}. */
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
    if (!(mock.fuzzyThreshold() > 0 && mock.fuzzyThreshold() <= 1)) {
      throw new ExtensionConfigurationException(
          where + ": fuzzyThreshold must be in (0, 1] but was [" + mock.fuzzyThreshold() + "]");
    }
    if (mock.maxBodyBytes() < -1) {
      throw new ExtensionConfigurationException(
          where
              + ": maxBodyBytes must be -1 (no limit) or at least 0 but was ["
              + mock.maxBodyBytes()
              + "]");
    }
    return new ServerConfig(
        mock.value(),
        mock.environment(),
        variables(mock.variables(), where),
        apiKeys(mock.apiKey(), where),
        mock.failOnUnmatched(),
        mock.failOnUnusedExamples(),
        options(mock),
        mock.maxBodyBytes(),
        features(mock, where),
        List.of(),
        true);
  }

  private static List<String> apiKeys(String[] keys, String where) {
    for (String key : keys) {
      if (key.isBlank()) {
        throw new ExtensionConfigurationException(
            where + ": apiKey values must not be blank but one was [\"" + key + "\"]");
      }
    }
    return List.of(keys);
  }

  private static ServerConfig.Features features(PostmanMock mock, String where) {
    if (mock.seed().length > 1) {
      throw new ExtensionConfigurationException(
          where + ": give at most one seed but there were " + Arrays.toString(mock.seed()));
    }
    Delay delay;
    try {
      delay = Delay.parse(mock.delay());
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
    }
    Long seed = mock.seed().length == 0 ? null : mock.seed()[0];
    new RecordTarget("", "").target(mock.recordFrom(), where); // a bad URL fails the class now
    ServerConfig.Tls tls =
        new ServerConfig.Tls(mock.https(), mock.keyStore(), mock.keyStorePassword());
    return new ServerConfig.Features(seed, delay, mock.cors(), null, mock.recordFrom(), tls);
  }

  private static Map<String, String> variables(String[] pairs, String where) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new ExtensionConfigurationException(
            where + ": variables must be written key=value but one was [\"" + pair + "\"]");
      }
      variables.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return variables;
  }

  private static MatchingOptions options(PostmanMock mock) {
    MatchingOptions base = mock.strict() ? MatchingOptions.strict() : MatchingOptions.defaults();
    return base.withFuzzyPathMatching(!mock.strict() && mock.fuzzyPathMatching())
        .withFuzzyThreshold(mock.fuzzyThreshold())
        .withMatchQueryParams(mock.matchQueryParams())
        .withMatchWildcards(mock.matchWildcards())
        .withMatchBody(mock.matchBody())
        .withMatchHeaders(mock.matchHeaders());
  }
}
