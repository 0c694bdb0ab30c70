package io.github.postmanmock.internal.contract;

/**
 * What the real service answered.
 *
 * @param status the status code
 * @param contentType the first {@code Content-Type} value, or {@code null}
 * @param body the body as UTF-8 text
 */
record Answer(int status, String contentType, String body) {}
