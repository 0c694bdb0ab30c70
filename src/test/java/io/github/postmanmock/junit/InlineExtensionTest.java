package io.github.postmanmock.junit;

import static io.github.postmanmock.junit.PostmanMockExtensionTest.PETS;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.get;
import static io.github.postmanmock.junit.PostmanMockExtensionTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.postmanmock.Examples;
import io.github.postmanmock.MockServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;

/** Inline examples through {@code @RegisterExtension} and {@code mock.addExample} in a test. */
class InlineExtensionTest {

  @Test
  void theDesignSnippetServesInlineExamplesNextToTheCollection() {
    run(DesignSnippetFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void examplesAddedInATestLastUntilItEnds() {
    run(AddedInATestFixture.class).assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void inlineExamplesAloneAreEnough() {
    run(InlineOnlyFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void anUnmatchedCallSuggestsTheBuildersOptOut() {
    Throwable failure =
        run(UnmatchedThroughBuilderFixture.class).failed().stream()
            .findFirst()
            .orElseThrow()
            .getRequiredPayload(TestExecutionResult.class)
            .getThrowable()
            .orElseThrow();

    assertThat(failure.getMessage())
        .endsWith(
            "use PostmanMockExtension.newInstance()...failOnUnmatched(false)"
                + " when unmatched calls are expected")
        .doesNotContain("@PostmanMock(");
  }

  static class UnmatchedThroughBuilderFixture {
    @RegisterExtension
    static PostmanMockExtension mock = PostmanMockExtension.newInstance().collection(PETS).build();

    @Test
    void makesAnUnmatchedCall(MockServer server) {
      assertThat(get(server, "/nope").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void anExtensionWithNeitherCollectionNorExamplesIsRefused() {
    assertThatThrownBy(() -> PostmanMockExtension.newInstance().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "PostmanMockExtension needs a collection or inline examples: call"
                + " collection(\"your.postman_collection.json\") or example(...) before build()");
  }

  static class DesignSnippetFixture {
    @RegisterExtension
    static PostmanMockExtension mock =
        PostmanMockExtension.newInstance()
            .collection(PETS)
            .example(
                Examples.get("/animals/{{id}}")
                    .respond(200)
                    .json("{\"id\": {{id}}}")
                    .named("any pet"))
            .build();

    @Test
    void servesBoth(MockServer server) {
      assertThat(get(server, "/animals/3").body()).isEqualTo("{\"id\": 3}");
      assertThat(get(server, "/pets").statusCode()).isEqualTo(200);
      assertThat(server.calls().asList().get(0).matchedExample()).hasValue("any pet");
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class AddedInATestFixture {
    @RegisterExtension
    static PostmanMockExtension mock =
        PostmanMockExtension.newInstance().collection(PETS).failOnUnmatched(false).build();

    @Test
    @Order(1)
    void addsAnExampleThatWinsTheTie(MockServer server) {
      server.addExample(Examples.get("/pets").respond(200).json("[]").named("no pets"));

      assertThat(get(server, "/pets").body()).isEqualTo("[]");
    }

    @Test
    @Order(2)
    void theNextTestSeesTheCollectionAgain(MockServer server) {
      assertThat(get(server, "/pets").body()).contains("Rex");
    }
  }

  static class InlineOnlyFixture {
    @RegisterExtension
    static PostmanMockExtension mock =
        PostmanMockExtension.newInstance().example(Examples.get("/ping").respond(204)).build();

    @Test
    void answers(MockServer server) {
      assertThat(get(server, "/ping").statusCode()).isEqualTo(204);
    }
  }
}
