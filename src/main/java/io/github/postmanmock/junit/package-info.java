/**
 * JUnit Jupiter support: {@link io.github.postmanmock.junit.PostmanMock} on a test class, or {@link
 * io.github.postmanmock.junit.PostmanMockExtension} registered with {@code RegisterExtension}. See
 * {@code docs/junit.md}.
 */
package io.github.postmanmock.junit;
