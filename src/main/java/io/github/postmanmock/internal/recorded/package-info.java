/**
 * Recorded calls as the public {@code RecordedCall} and {@code CallLog} read them: a logged call's
 * request, answer and the choice of its example, and the waits of a log. Implementation details;
 * not API; may change in any release.
 */
package io.github.postmanmock.internal.recorded;
