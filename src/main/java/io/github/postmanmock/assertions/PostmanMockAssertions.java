package io.github.postmanmock.assertions;

import io.github.postmanmock.CallLog;
import io.github.postmanmock.RecordedCall;

/**
 * Entry points for postman-mock's assertions. For a {@link CallLog}, AssertJ's own {@code
 * assertThat} works too, because the log is an {@link org.assertj.core.api.AssertProvider}.
 *
 * @since 0.1
 */
public final class PostmanMockAssertions {
  private PostmanMockAssertions() {}

  /** Return an assertion about one recorded call. */
  public static RecordedCallAssert assertThat(RecordedCall call) {
    return new RecordedCallAssert(call);
  }

  /** Return an assertion over a snapshot of {@code log}. */
  public static CallLogAssert assertThat(CallLog log) {
    return log.assertThat();
  }
}
