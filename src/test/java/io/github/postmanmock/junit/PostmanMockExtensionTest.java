package io.github.postmanmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.postmanmock.CallLog;
import io.github.postmanmock.MockServer;
import io.github.postmanmock.testing.Http;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class PostmanMockExtensionTest {
  static final String PETS = "collections/pets.postman_collection.json";

  static HttpResponse<String> get(MockServer mock, String target) {
    return send(mock, "GET", target);
  }

  static HttpResponse<String> send(MockServer mock, String method, String target) {
    return Http.send(mock.baseUrl(), method, target, null);
  }

  static Events run(Class<?>... fixtures) {
    var request = EngineTestKit.engine("junit-jupiter");
    for (Class<?> fixture : fixtures) {
      request.selectors(selectClass(fixture));
    }
    return request.execute().testEvents();
  }

  static void assertRefused(int port) {
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
  }

  @Nested
  class Serving {
    @Test
    void injectsTheServerAndRecordsTheCallsOfEachTest() {
      Events events = run(TwoTestsFixture.class);

      events.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {PerMethodInjectionFixture.class, PerClassInjectionFixture.class})
    void injectsIntoConstructorsAndLifecycleMethods(Class<?> fixture) {
      Events events = run(fixture);

      events.assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void closesTheServerWhenTheClassIsDone() {
      run(PortRecordingFixture.class).assertStatistics(stats -> stats.succeeded(1));

      assertRefused(PortRecordingFixture.port);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {MetaAnnotatedFixture.class, InheritingFixture.class})
    void findsTheAnnotationOnMetaAnnotationsAndBaseClasses(Class<?> fixture) {
      run(fixture).assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void nestedClassesReuseTheEnclosingServer() {
      run(NestedFixture.class).assertStatistics(stats -> stats.started(2).succeeded(2));

      assertThat(NestedFixture.ports).hasSize(1);
    }

    @Test
    void readsTheEnvironmentAndVariables() {
      run(EnvironmentFixture.class).assertStatistics(stats -> stats.started(1).succeeded(1));
    }
  }

  @Nested
  class WhenACallFindsNoExample {
    @Test
    void failsTheTestThatMadeItWithTheCallAndTheReason() {
      Events events = run(UnmatchedFixture.class);

      events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
      events
          .assertThatEvents()
          .haveExactly(
              1,
              event(
                  test("makesAnUnmatchedCall"),
                  finishedWithFailure(
                      instanceOf(AssertionError.class),
                      message(m -> m.startsWith("1 call to MockServer[http://127.0.0.1:")),
                      message(
                          m ->
                              m.contains(
                                  "during [UnmatchedFixture.makesAnUnmatchedCall(MockServer)]")),
                      message(m -> m.contains("\n\nGET /nope -> 404 (no matching example)\n")),
                      message(m -> m.contains("No example matches [GET /nope]")),
                      message(m -> m.contains("\n  Closest examples:\n    1. [Pets / ")),
                      message(
                          m ->
                              m.contains(
                                  "@PostmanMock(value = \""
                                      + PETS
                                      + "\", failOnUnmatched = false)")))));
    }

    @Test
    void passesWhenFailOnUnmatchedIsOff() {
      run(UnmatchedAllowedFixture.class).assertStatistics(stats -> stats.succeeded(1));
    }
  }

  @Nested
  class Misconfiguration {
    @Test
    void aMissingCollectionFailsTheClassSayingWhereItLooked() {
      var events =
          EngineTestKit.engine("junit-jupiter")
              .selectors(selectClass(MissingCollectionFixture.class))
              .execute()
              .containerEvents();

      events
          .assertThatEvents()
          .haveExactly(
              1,
              event(
                  finishedWithFailure(
                      instanceOf(ExtensionConfigurationException.class),
                      message(
                          m ->
                              m.startsWith(
                                  "@PostmanMock collection [nope.json] was not found"
                                      + " for ["
                                      + MissingCollectionFixture.class.getName()
                                      + "]")),
                      message(m -> m.contains("Looked on the test classpath as [nope.json]")),
                      message(m -> m.contains("in the working directory as [")))));
    }

    @Test
    void injectionWithoutAnnotationSaysWhatIsMissing() {
      Events events = run(NoAnnotationFixture.class);

      events
          .assertThatEvents()
          .haveExactly(
              1,
              event(
                  finishedWithFailure(
                      instanceOf(ParameterResolutionException.class),
                      message(m -> m.startsWith("No @PostmanMock server is active for [")))));
    }

    @Test
    void theProgrammaticBuilderNeedsACollection() {
      assertThatThrownBy(() -> PostmanMockExtension.newInstance().build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("collection(");
    }
  }

  @Nested
  class ProgrammaticRegistration {
    @Test
    void aStaticFieldGivesOneServerPerClass() {
      run(StaticFieldFixture.class).assertStatistics(stats -> stats.started(2).succeeded(2));

      assertThat(StaticFieldFixture.ports).hasSize(1);
      assertRefused(StaticFieldFixture.ports.iterator().next());
    }

    @Test
    void anInstanceFieldGivesOneServerPerTest() {
      run(InstanceFieldFixture.class).assertStatistics(stats -> stats.started(2).succeeded(2));

      assertThat(InstanceFieldFixture.ports).hasSize(2);
      InstanceFieldFixture.ports.forEach(PostmanMockExtensionTest::assertRefused);
    }
  }

  @Nested
  class ParallelExecution {
    @Test
    void attributesEveryCallToTheRightTestWithClassesAndPerTestServersConcurrent() {
      var results =
          EngineTestKit.engine("junit-jupiter")
              .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
              .configurationParameter(
                  "junit.jupiter.execution.parallel.mode.default", "same_thread")
              .configurationParameter(
                  "junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
              .selectors(
                  selectClass(ParallelAFixture.class),
                  selectClass(ParallelBFixture.class),
                  selectClass(ParallelInstanceFixture.class))
              .execute();

      results.testEvents().assertStatistics(stats -> stats.started(12).succeeded(12));
    }
  }

  // ---------------------------------------------------------------- fixtures

  @PostmanMock(PETS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class TwoTestsFixture {
    @Test
    @Order(1)
    void findsRex(MockServer mock, CallLog calls) {
      HttpResponse<String> response = get(mock, "/pets/1");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"owner\":\"Ann\"");
      assertThat(mock.calls())
          .singleElement()
          .hasMethod("GET")
          .hasPath("/pets/1")
          .hasStatus(200)
          .hasMatchedExample("Rex");
      assertThat(calls.size()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void seesOnlyItsOwnCalls(MockServer mock) {
      send(mock, "POST", "/pets");

      assertThat(mock.calls()).singleElement().hasStatus(201).hasMatchedExample("Created");
      assertThat(mock.allCalls().size()).isEqualTo(2);
    }
  }

  @PostmanMock(PETS)
  static class PerMethodInjectionFixture {
    static MockServer fromBeforeAll;
    private final MockServer fromConstructor;

    PerMethodInjectionFixture(MockServer mock) {
      this.fromConstructor = mock;
    }

    @BeforeAll
    static void beforeAll(MockServer mock) {
      fromBeforeAll = mock;
    }

    @Test
    void sameServerEverywhere(MockServer mock) {
      assertThat(mock).isSameAs(fromConstructor).isSameAs(fromBeforeAll);
    }

    @Test
    void serves(MockServer mock) {
      assertThat(get(mock, "/pets").statusCode()).isEqualTo(200);
    }
  }

  @PostmanMock(PETS)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClassInjectionFixture {
    private final MockServer fromConstructor;
    private MockServer fromBeforeAll;

    PerClassInjectionFixture(MockServer mock) {
      this.fromConstructor = mock;
    }

    @BeforeAll
    void beforeAll(MockServer mock) {
      fromBeforeAll = mock;
    }

    @Test
    void sameServerEverywhere(MockServer mock) {
      assertThat(mock).isSameAs(fromConstructor).isSameAs(fromBeforeAll);
    }

    @Test
    void serves(MockServer mock) {
      assertThat(get(mock, "/pets").statusCode()).isEqualTo(200);
    }
  }

  @PostmanMock(PETS)
  static class PortRecordingFixture {
    static int port;

    @Test
    void records(MockServer mock) {
      port = mock.port();
      assertThat(get(mock, "/pets").statusCode()).isEqualTo(200);
    }
  }

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @PostmanMock(PETS)
  @interface PetStoreMock {}

  @PetStoreMock
  static class MetaAnnotatedFixture {
    @Test
    void serves(MockServer mock) {
      assertThat(get(mock, "/pets/1").statusCode()).isEqualTo(200);
    }
  }

  @PostmanMock(PETS)
  abstract static class BaseFixture {}

  static class InheritingFixture extends BaseFixture {
    @Test
    void serves(MockServer mock) {
      assertThat(get(mock, "/pets/1").statusCode()).isEqualTo(200);
    }
  }

  @PostmanMock(PETS)
  static class NestedFixture {
    static final Set<Integer> ports = ConcurrentHashMap.newKeySet();

    @Test
    void outer(MockServer mock) {
      ports.add(mock.port());
    }

    @Nested
    class Inner {
      @Test
      void inner(MockServer mock) {
        ports.add(mock.port());
        assertThat(get(mock, "/pets").statusCode()).isEqualTo(200);
        assertThat(mock.calls()).singleElement().hasMatchedExample("All pets");
      }
    }
  }

  @PostmanMock(
      value = PETS,
      environment = "collections/pets.postman_environment.json",
      variables = "unused=1")
  static class EnvironmentFixture {
    @Test
    void environmentShadowsCollectionVariables(MockServer mock) {
      assertThat(get(mock, "/pets/1").body()).contains("\"owner\":\"Bob\"");
    }
  }

  @PostmanMock(PETS)
  static class UnmatchedFixture {
    @Test
    void makesAnUnmatchedCall(MockServer mock) {
      assertThat(get(mock, "/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void makesOnlyMatchedCalls(MockServer mock) {
      assertThat(get(mock, "/pets").statusCode()).isEqualTo(200);
    }
  }

  @PostmanMock(value = PETS, failOnUnmatched = false)
  static class UnmatchedAllowedFixture {
    @Test
    void makesAnUnmatchedCall(MockServer mock) {
      assertThat(get(mock, "/nope").statusCode()).isEqualTo(404);
      assertThat(mock.calls()).singleElement().isUnmatched();
    }
  }

  @PostmanMock("nope.json")
  static class MissingCollectionFixture {
    @Test
    void never() {}
  }

  @ExtendWith(PostmanMockExtension.class)
  static class NoAnnotationFixture {
    @Test
    void wantsAServer(MockServer mock) {}
  }

  static class StaticFieldFixture {
    static final Set<Integer> ports = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    static final PostmanMockExtension MOCK =
        PostmanMockExtension.newInstance().collection(PETS).build();

    @Test
    void first(MockServer mock) {
      ports.add(mock.port());
    }

    @Test
    void second(MockServer mock) {
      ports.add(mock.port());
    }
  }

  static class InstanceFieldFixture {
    static final Set<Integer> ports = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    final PostmanMockExtension mock =
        PostmanMockExtension.newInstance().collection(PETS).failOnUnmatched(false).build();

    @Test
    void first(MockServer mock) {
      ports.add(mock.port());
      assertThat(get(mock, "/pets").statusCode()).isEqualTo(200);
    }

    @Test
    void second(MockServer mock) {
      ports.add(mock.port());
    }
  }

  abstract static class ParallelFixture {
    void callsAndCounts(MockServer mock, String tag) {
      for (int i = 0; i < 20; i++) {
        assertThat(get(mock, "/pets?" + tag + "=" + i).statusCode()).isEqualTo(200);
      }
      assertThat(mock.calls().asList())
          .hasSize(20)
          .allSatisfy(call -> assertThat(call.query()).startsWith(tag + "="));
    }
  }

  @PostmanMock(PETS)
  static class ParallelAFixture extends ParallelFixture {
    @Test
    void a1(MockServer mock) {
      callsAndCounts(mock, "a1");
    }

    @Test
    void a2(MockServer mock) {
      callsAndCounts(mock, "a2");
    }

    @Test
    void a3(MockServer mock) {
      callsAndCounts(mock, "a3");
    }

    @Test
    void a4(MockServer mock) {
      callsAndCounts(mock, "a4");
    }
  }

  @PostmanMock(PETS)
  static class ParallelBFixture extends ParallelFixture {
    @Test
    void b1(MockServer mock) {
      callsAndCounts(mock, "b1");
    }

    @Test
    void b2(MockServer mock) {
      callsAndCounts(mock, "b2");
    }

    @Test
    void b3(MockServer mock) {
      callsAndCounts(mock, "b3");
    }

    @Test
    void b4(MockServer mock) {
      callsAndCounts(mock, "b4");
    }
  }

  @Execution(ExecutionMode.CONCURRENT)
  static class ParallelInstanceFixture extends ParallelFixture {
    @RegisterExtension
    final PostmanMockExtension mock = PostmanMockExtension.newInstance().collection(PETS).build();

    @Test
    void c1(MockServer mock) {
      callsAndCounts(mock, "c1");
    }

    @Test
    void c2(MockServer mock) {
      callsAndCounts(mock, "c2");
    }

    @Test
    void c3(MockServer mock) {
      callsAndCounts(mock, "c3");
    }

    @Test
    void c4(MockServer mock) {
      callsAndCounts(mock, "c4");
    }
  }
}
