/**
 * Spring test support: {@link io.github.postmanmock.spring.BaseUrlProperty} hands a mock's base URL
 * to the application context of a Spring test. Optional: it needs {@code spring-test} and {@code
 * spring-context} on the test class path, which every Spring Boot test has; without them nothing in
 * this package is loaded.
 *
 * @since 0.1
 */
package io.github.postmanmock.spring;
