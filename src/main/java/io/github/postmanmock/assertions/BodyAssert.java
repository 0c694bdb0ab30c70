package io.github.postmanmock.assertions;

import org.assertj.core.api.AbstractStringAssert;

/**
 * AssertJ's string assertions on a request or response body, described by its call, with a way back
 * to the call:
 *
 * <pre>{@code
 * assertThat(call).responseBody().contains("Rex").returnToCall().hasStatus(200);
 * }</pre>
 *
 * <p>Not thread-safe, as no AssertJ assertion is; not meant for subclassing.
 *
 * @since 0.1
 */
public final class BodyAssert extends AbstractStringAssert<BodyAssert> {
  private final RecordedCallAssert call;

  BodyAssert(String body, RecordedCallAssert call) {
    super(body, BodyAssert.class);
    this.call = call;
  }

  /** Return the assertion about the call this body belongs to. */
  public RecordedCallAssert returnToCall() {
    return call;
  }
}
