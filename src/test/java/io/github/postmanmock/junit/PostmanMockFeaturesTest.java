package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.PETS;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.postmanmock.CorsMode;
import io.github.postmanmock.Delay;
import io.github.postmanmock.MatchingOptions;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.ServerResponse;
import io.github.postmanmock.testing.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The feature attributes of {@link PostmanMock} and of the programmatic builder. */
class PostmanMockFeaturesTest {

  static HttpResponse<String> get(MockServer mock, String target, String... headers) {
    return Http.send(mock.baseUrl(), "GET", target, null, headers);
  }

  @Test
  void annotationAttributesConfigureKeysDelayCorsAndSeed() {
    run(AttributesFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void annotationAttributesBoundTheCallLog() {
    run(CallLogLimitsFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void theBuilderConfiguresTheSameFeatures() {
    run(BuilderFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void aBadDelayFailsTheClassWithTheAttributeAndTheAccepted() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BadDelayFixture.class))
        .execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(BadDelayFixture.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        m ->
                            m.contains(BadDelayFixture.class.getName())
                                && m.contains("[\"soon\"]")))));
  }

  /** Each option is checked once, by the server builder: every front end shows its message. */
  @ParameterizedTest
  @ValueSource(
      classes = {BadThresholdFixture.class, BadBodyLimitFixture.class, BlankKeyFixture.class})
  void anAttributeTheServerBuilderRejectsFailsTheClassWithTheBuildersMessage(Class<?> fixture) {
    String builderMessage =
        catchThrowable(
                () -> {
                  if (fixture == BadThresholdFixture.class) {
                    MatchingOptions.defaults().withFuzzyThreshold(2);
                  } else if (fixture == BadBodyLimitFixture.class) {
                    MockServer.builder().maxBodyBytes(-5);
                  } else {
                    MockServer.builder().apiKey(" ");
                  }
                })
            .getMessage();

    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .execute()
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(fixture),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message("@PostmanMock on [" + fixture.getName() + "]: " + builderMessage))));
  }

  @Test
  void theExtensionBuilderRejectsWhatTheServerBuilderRejects() {
    assertThatThrownBy(() -> PostmanMockExtension.newInstance().maxBodyBytes(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBodyBytes must be -1 (no limit) or at least 0 but was [-5]");
  }

  @Test
  void theBuilderRejectsABlankKey() {
    assertThatThrownBy(() -> PostmanMockExtension.newInstance().apiKey(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank but was [\" \"]");
  }

  @PostmanMock(
      value = PETS,
      apiKey = {"one", "two"},
      delay = "3G",
      cors = CorsMode.OFF,
      seed = 7,
      failOnUnmatched = false)
  static class AttributesFixture {
    @Test
    void serves(MockServer mock) {
      HttpResponse<String> without = get(mock, "/pets");
      HttpResponse<String> with =
          get(mock, "/pets", "x-api-key", "two", "Origin", "http://localhost");

      assertThat(without.statusCode()).isEqualTo(401);
      assertThat(with.statusCode()).isEqualTo(200);
      assertThat(with.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(mock.calls().asList())
          .allSatisfy(c -> assertThat(c.delay()).isEqualTo(Duration.ofMillis(100)));
    }
  }

  static class BuilderFixture {
    @RegisterExtension
    static PostmanMockExtension extension =
        PostmanMockExtension.newInstance()
            .collection(PETS)
            .delay(Delay.ofMillis(5))
            .seed(3)
            .cors(CorsMode.EXAMPLES_ONLY)
            .serverResponse(ServerResponse.of(503).body("down"))
            .build();

    @Test
    void serves(MockServer mock) {
      HttpResponse<String> down = get(mock, "/pets", "Origin", "http://localhost");
      mock.clearServerResponse();
      HttpResponse<String> up = get(mock, "/pets");

      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).isEqualTo("down");
      assertThat(down.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
      assertThat(up.statusCode()).isEqualTo(200);
      assertThat(mock.calls().asList().get(0).delay()).isEqualTo(Duration.ofMillis(5));
    }
  }

  @PostmanMock(
      value = PETS,
      maxRecordedCalls = 1,
      maxRecordedBytes = 1_000_000,
      maxRecordedBodyBytes = 2,
      failOnUnusedExamples = false)
  static class CallLogLimitsFixture {
    @Test
    void serves(MockServer mock) throws Exception {
      get(mock, "/pets");
      Http.send(mock.baseUrl(), "POST", "/pets", "{\"name\": \"Tom\"}");

      assertThat(mock.calls().droppedCalls()).isEqualTo(1);
      assertThat(mock.calls().asList().get(0).requestBody()).isEqualTo("{\"");
      assertThat(mock.calls().asList().get(0).requestBodyTruncated()).isTrue();
    }
  }

  @PostmanMock(value = PETS, fuzzyThreshold = 2)
  static class BadThresholdFixture {
    @Test
    void never() {}
  }

  @PostmanMock(value = PETS, maxBodyBytes = -5)
  static class BadBodyLimitFixture {
    @Test
    void never() {}
  }

  @PostmanMock(value = PETS, apiKey = " ")
  static class BlankKeyFixture {
    @Test
    void never() {}
  }

  @PostmanMock(value = PETS, delay = "soon")
  static class BadDelayFixture {
    @Test
    void never() {}
  }
}
