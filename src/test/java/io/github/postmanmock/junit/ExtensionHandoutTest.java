package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.PETS;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.assertRefused;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.get;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.MockServer;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code @RegisterExtension} field hands out its running server through {@code server()} and
 * {@code baseUrl()} while its class runs, and fails clearly before and after.
 */
class ExtensionHandoutTest {

  @Test
  void staticFieldHandsOutOneServerFromClassStartToClassEnd() {
    // given
    StaticFixture.seen.clear();

    // when
    run(StaticFixture.class).assertStatistics(stats -> stats.succeeded(2).failed(0));

    // then: @BeforeAll, both tests (one in a @Nested class) and @AfterAll saw the same URL
    assertThat(StaticFixture.seen).hasSize(4).containsOnly(StaticFixture.seen.get(0));
    assertThat(StaticFixture.seen.get(0)).startsWith("http://127.0.0.1:");
  }

  @Test
  void afterTheClassEndsTheFieldSaysSoAndThePortIsClosed() {
    // given
    StaticFixture.seen.clear();
    run(StaticFixture.class).assertStatistics(stats -> stats.failed(0));
    int port = URI.create(StaticFixture.seen.get(0)).getPort();

    // then
    assertThatThrownBy(StaticFixture.mock::baseUrl)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "PostmanMockExtension.baseUrl() was called after its test class ended: the mock has"
                + " stopped and its port is closed.");
    assertThatThrownBy(StaticFixture.mock::server)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("PostmanMockExtension.server() was called after");
    assertRefused(port);
  }

  @Test
  void beforeTheClassStartsTheFieldSaysHowToUseIt() {
    PostmanMockExtension notStarted = PostmanMockExtension.newInstance().collection(PETS).build();

    assertThatThrownBy(notStarted::baseUrl)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "PostmanMockExtension.baseUrl() was called before its test class started: the mock"
                + " starts when JUnit starts the class whose @RegisterExtension field holds it.")
        .hasMessageContaining("a @DynamicPropertySource supplier");
  }

  @Test
  void aClassRunAgainHandsOutItsNewServer() {
    // given
    StaticFixture.seen.clear();
    run(StaticFixture.class).assertStatistics(stats -> stats.failed(0));
    String first = StaticFixture.seen.get(0);
    StaticFixture.seen.clear();

    // when
    run(StaticFixture.class).assertStatistics(stats -> stats.failed(0));

    // then
    assertThat(StaticFixture.seen).hasSize(4).containsOnly(StaticFixture.seen.get(0));
    assertThat(StaticFixture.seen.get(0)).isNotEqualTo(first);
  }

  @Test
  void instanceFieldHandsOutEachTestsOwnServer() {
    InstanceFixture.seen.clear();

    run(InstanceFixture.class).assertStatistics(stats -> stats.succeeded(2).failed(0));

    assertThat(InstanceFixture.seen).hasSize(2).doesNotHaveDuplicates();
  }

  static class StaticFixture {
    static final List<String> seen = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static PostmanMockExtension mock = PostmanMockExtension.newInstance().collection(PETS).build();

    @BeforeAll
    static void beforeAll() {
      seen.add(mock.baseUrl());
    }

    @AfterAll
    static void afterAll() {
      seen.add(mock.baseUrl());
    }

    @Test
    void servesThroughTheHandedOutServer(MockServer injected) {
      seen.add(mock.baseUrl());
      assertThat(mock.server()).isSameAs(injected);
      assertThat(get(mock.server(), "/pets/1").statusCode()).isEqualTo(200);
    }

    @Nested
    class Inner {
      @Test
      void seesTheSameServer() {
        seen.add(mock.server().baseUrl());
      }
    }
  }

  static class InstanceFixture {
    static final List<String> seen = new CopyOnWriteArrayList<>();

    @RegisterExtension
    PostmanMockExtension mock = PostmanMockExtension.newInstance().collection(PETS).build();

    @Test
    void one() {
      seen.add(mock.baseUrl());
    }

    @Test
    void two() {
      seen.add(mock.baseUrl());
    }
  }
}
