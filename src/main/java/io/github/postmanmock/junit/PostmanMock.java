package io.github.postmanmock.junit;

import io.github.postmanmock.CorsMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Serve the examples of a Postman collection from a local mock server while the annotated test
 * class runs.
 *
 * <pre>{@code
 * @PostmanMock("petstore.postman_collection.json")
 * class PetClientTest {
 *   @Test
 *   void findsPet(MockServer mock) {
 *     new PetClient(mock.baseUrl()).find(1);
 *     assertThat(mock.calls()).singleElement().hasPath("/pets/1").hasMatchedExample("Rex");
 *   }
 * }
 * }</pre>
 *
 * <h2>Lifecycle</h2>
 *
 * One server per annotated class: it starts before the first test (or when first injected) on
 * {@code 127.0.0.1} and an ephemeral port, and is closed when the class is done; its port refuses
 * connections afterwards. The annotation may be inherited from a base class and may be used as a
 * meta-annotation.
 *
 * <h2>Parameter injection</h2>
 *
 * {@link io.github.postmanmock.MockServer} and {@link io.github.postmanmock.CallLog} are injected
 * into constructors, lifecycle methods and test methods. In a test method or {@code @BeforeEach} /
 * {@code @AfterEach} method, the {@code CallLog} holds the calls of the current test; elsewhere it
 * holds every call since the server started.
 *
 * <h2>Nested classes</h2>
 *
 * {@code @Nested} classes without their own annotation use the enclosing class's server.
 *
 * <h2>Errors</h2>
 *
 * A collection or environment that cannot be found fails the class with a message that lists where
 * it was looked for; an invalid one fails it with the file and JSON pointer. With {@link
 * #failOnUnmatched()} a call that no example answers fails the test that made it, after its body,
 * with the closest examples and why each did not match.
 *
 * <p>See {@code docs/junit.md} for parallel execution and thread-safety.
 *
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostmanMockExtension.class)
public @interface PostmanMock {

  /** The collection file: a classpath resource, else a path relative to the working directory. */
  String value();

  /** An environment file, looked up like the collection; empty for none. */
  String environment() default "";

  /** Variables as {@code key=value}; they shadow collection and environment values. */
  String[] variables() default {};

  /**
   * Make the mock private: calls must send one of these keys in {@code x-api-key}. Empty for a
   * public mock.
   */
  String[] apiKey() default {};

  /** Fail the test that made a call no example answered. */
  boolean failOnUnmatched() default true;

  /**
   * Fail the test class when, at its end, some examples never answered a call. Either way the
   * coverage is published as a JUnit report entry and written to {@code
   * target/postman-mock/<TestClass>-coverage.json}.
   */
  boolean failOnUnusedExamples() default false;

  /**
   * Match paths exactly: no trailing-slash, letter-case, ID or similar-path tolerance (overrides
   * {@link #fuzzyPathMatching()}). Collection warnings stay warnings; see {@link
   * #failOnCollectionWarnings()}.
   */
  boolean strict() default false;

  /** Fail the class when the collection lint finds a warning, instead of listing it. */
  boolean failOnCollectionWarnings() default false;

  /**
   * Log one summary line per collection with warnings (once per JVM); {@code false} keeps the log
   * quiet. The warnings are in {@code MockServer.warnings()} and the JUnit report either way.
   */
  boolean logCollectionWarnings() default true;

  /** Accept similar paths (Postman's document distance). */
  boolean fuzzyPathMatching() default true;

  /** The least similarity, in (0, 1], for similar paths. */
  double fuzzyThreshold() default 0.75;

  /** Score query parameters. */
  boolean matchQueryParams() default true;

  /** Let unresolved {@code {{var}}} path segments match any segment. */
  boolean matchWildcards() default true;

  /**
   * Take example paths from the whole URL with variables resolved, so a path carried by the host
   * variable ({@code {{baseUrl}} = https://host/v71}) is part of every example path; see {@link
   * io.github.postmanmock.MatchingOptions#withPathFromResolvedUrl}.
   */
  boolean pathFromResolvedUrl() default false;

  /** Let an unresolved {@code {{name}}} query value of an example match any value of its key. */
  boolean queryWildcards() default false;

  /** Keep only examples whose request body matches the call's. */
  boolean matchBody() default false;

  /** Keep only examples whose values of these request headers match the call's. */
  String[] matchHeaders() default {};

  /**
   * Answer 413 Payload Too Large to request bodies longer than this many bytes; -1 (the default)
   * for no limit, or Postman's own 1 MB limit, answered 400, under {@link #strict()} matching. See
   * {@code MockServerBuilder.maxBodyBytes}.
   */
  long maxBodyBytes() default -1;

  /**
   * Keep at most this many calls in each call log; past it the oldest are dropped and an assertion
   * on the log fails and says so. See {@code MockServerBuilder.maxRecordedCalls}.
   */
  int maxRecordedCalls() default 10_000;

  /** Keep at most about this many bytes of heap in each call log (64 MiB). */
  long maxRecordedBytes() default 64L * 1024 * 1024;

  /** Keep at most this many bytes of each body in the call log (64 KiB); the rest is cut. */
  int maxRecordedBodyBytes() default 64 * 1024;

  /**
   * The seed of dynamic variables, so that every run gets the same values: {@code seed = 42}. At
   * most one value; none (the default) for a random seed.
   */
  long[] seed() default {};

  /**
   * Wait before each answer: {@code "2G"} (300 ms), {@code "3G"} (100 ms), or milliseconds such as
   * {@code "250"}. A call's {@code x-mock-response-delay} header wins. Empty for none.
   */
  String delay() default "";

  /** How browsers are answered: CORS headers and preflights. */
  CorsMode cors() default CorsMode.AUTO;

  /**
   * Record mode: forward every call to the real service at this URL ({@code
   * "http://localhost:8080"}), answer with what it sends, and add each exchange as an example to
   * the collection file under {@code src/test/resources} (written when the class ends). Empty (the
   * default) to use the {@code postmanmock.record} system property, which switches every mock of a
   * run to recording; when neither is set the collection is served. See {@code docs/recording.md}.
   */
  String recordFrom() default "";

  /**
   * Serve HTTPS instead of HTTP, with a certificate for {@code localhost}, {@code 127.0.0.1} and
   * {@code ::1} made once per JVM; the injected {@code MockServer}'s {@code sslContext()} trusts
   * it. See {@code docs/https.md}.
   */
  boolean https() default false;

  /**
   * Serve HTTPS with the first key and certificate of this PKCS12 key store instead, looked up like
   * the collection; empty (the default) for the generated certificate.
   */
  String keyStore() default "";

  /** The password of {@link #keyStore()}. */
  String keyStorePassword() default "";
}
