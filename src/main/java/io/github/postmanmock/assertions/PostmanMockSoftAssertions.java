package io.github.postmanmock.assertions;

import io.github.postmanmock.CallLog;
import io.github.postmanmock.RecordedCall;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ soft assertions that also know calls: every failing call or log assertion is collected
 * and reported together by {@link #assertAll()}.
 *
 * <pre>{@code
 * PostmanMockSoftAssertions.assertCallsSoftly(softly -> {
 *   softly.assertThat(mock.calls()).servedExample("Rex", Times.once());
 *   softly.assertThat(mock.calls()).first().hasStatus(200).hasHeader("Accept");
 * });
 * }</pre>
 *
 * <p>Not thread-safe, as AssertJ's soft assertions are not.
 *
 * @since 0.1
 */
public class PostmanMockSoftAssertions extends SoftAssertions {

  /** Return a soft assertion over a snapshot of {@code log}. */
  public CallLogAssert assertThat(CallLog log) {
    return proxy(CallLogAssert.class, List.class, log.asList());
  }

  /** Return a soft assertion about one call. */
  public RecordedCallAssert assertThat(RecordedCall call) {
    return proxy(RecordedCallAssert.class, RecordedCall.class, call);
  }

  /** Run {@code assertions} softly and fail with every error they collected. */
  public static void assertCallsSoftly(Consumer<PostmanMockSoftAssertions> assertions) {
    PostmanMockSoftAssertions softly = new PostmanMockSoftAssertions();
    assertions.accept(softly);
    softly.assertAll();
  }
}
