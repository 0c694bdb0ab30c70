package io.github.postmanmock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answer the calls of a request with the chosen example for one test, without the code under test
 * sending {@code x-mock-response-name}.
 *
 * <pre>{@code
 * @Test
 * @UseExample("Orders/Get order/Not found")
 * void showsMissingOrder(MockServer mock) { ... }
 * }</pre>
 *
 * <p>An example is named by its place (folders, request, example, separated by {@code /}) or by its
 * name alone when that is unique. While the test runs, the other examples with the same method and
 * the same path (after variables) as a chosen one are set aside, so every call one of them would
 * have answered gets the chosen example; all other calls are answered as usual. The choice ends
 * with the test.
 *
 * <p>Several examples of one request (same method and path) are played in order, one call each, and
 * the last keeps answering: {@code @UseExample({"Unavailable", "Unavailable", "Shipped"})} answers
 * 503, 503, then 200 for every call after. {@code RecordedCall.step()} tells which place in the
 * list answered. See {@code docs/scenarios.md}.
 *
 * <p>On a test method, a test class or a {@code @Nested} class; the nearest one applies (method,
 * then the class, then enclosing classes), they do not add up. Tests that choose examples must not
 * run at the same time against one server (the choice is the server's while the test runs); such a
 * test fails with a message that says so.
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface UseExample {
  /** The examples to use, each by place ({@code "Pets/Get pet/Rex"}) or unique name. */
  String[] value();
}
