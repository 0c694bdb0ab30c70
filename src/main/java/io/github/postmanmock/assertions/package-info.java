/**
 * AssertJ assertions over the call log: {@link io.github.postmanmock.assertions.CallLogAssert} and
 * {@link io.github.postmanmock.assertions.RecordedCallAssert}. AssertJ's own {@code assertThat}
 * returns them for a {@link io.github.postmanmock.CallLog}; {@link
 * io.github.postmanmock.assertions.PostmanMockAssertions} covers a single call.
 */
package io.github.postmanmock.assertions;
