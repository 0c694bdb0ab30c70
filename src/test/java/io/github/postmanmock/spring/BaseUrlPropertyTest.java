package io.github.postmanmock.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.postmanmock.Examples;
import io.github.postmanmock.junit.PostmanMockExtension;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** {@link BaseUrlProperty} hands each test class's own mock URL to its Spring context. */
class BaseUrlPropertyTest {

  static Events run(Class<?>... fixtures) {
    var request = EngineTestKit.engine("junit-jupiter");
    for (Class<?> fixture : fixtures) {
      request.selectors(selectClass(fixture));
    }
    return request.execute().testEvents();
  }

  static List<String> failures(Events events) {
    return events.failed().stream()
        .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .map(Throwable::getMessage)
        .collect(Collectors.toList());
  }

  @Test
  void twoClassesWithTheSameConfigurationEachGetTheirOwnMocksUrl() {
    Events events = run(FirstFixture.class, SecondFixture.class);

    assertThat(failures(events)).isEmpty();
    events.assertStatistics(stats -> stats.succeeded(3));
  }

  @Test
  void aFieldThatIsNotStaticIsReportedByName() {
    // Spring reads the configuration when the class starts, so the class fails, not a test
    Events events =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(InstanceFieldFixture.class))
            .execute()
            .containerEvents();

    assertThat(failures(events))
        .singleElement()
        .asString()
        .contains("@BaseUrlProperty on [")
        .contains("InstanceFieldFixture.mock] needs a static field");
  }

  @Configuration
  static class EmptyConfig {}

  static PostmanMockExtension mockOf(String name) {
    return PostmanMockExtension.newInstance()
        .example(Examples.get("/who").respond(200).text(name).named(name))
        .build();
  }

  @ExtendWith(SpringExtension.class)
  @ContextConfiguration(classes = EmptyConfig.class)
  static class FirstFixture {
    @RegisterExtension
    @BaseUrlProperty({"api.url", "other.url"})
    static PostmanMockExtension mock = mockOf("first");

    @Test
    void contextHoldsThisClassesUrl(
        @Value("${api.url}") String url, @Value("${other.url}") String other) {
      assertThat(url).isEqualTo(mock.baseUrl()).isEqualTo(other);
    }

    @Nested
    class Inner {
      @Test
      void nestedClassSeesTheSameUrl(@Value("${api.url}") String url) {
        assertThat(url).isEqualTo(mock.baseUrl());
      }
    }
  }

  @ExtendWith(SpringExtension.class)
  @ContextConfiguration(classes = EmptyConfig.class)
  static class SecondFixture {
    @RegisterExtension
    @BaseUrlProperty("api.url")
    static PostmanMockExtension mock = mockOf("second");

    @Test
    void contextHoldsThisClassesUrl(@Value("${api.url}") String url) {
      assertThat(url).isEqualTo(mock.baseUrl());
    }
  }

  @ExtendWith(SpringExtension.class)
  @ContextConfiguration(classes = EmptyConfig.class)
  static class InstanceFieldFixture {
    @RegisterExtension
    @BaseUrlProperty("api.url")
    PostmanMockExtension mock = mockOf("instance");

    @Test
    void neverRuns() {}
  }
}
