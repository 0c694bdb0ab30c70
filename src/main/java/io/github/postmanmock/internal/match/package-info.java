/**
 * The matching engine: a pure function from an incoming call, the examples and the options to a
 * {@link io.github.postmanmock.internal.match.Decision}.
 *
 * <p>Implementation details; not API; may change in any release. No I/O, no HTTP server types, no
 * JUnit: everything here is immutable and thread-safe.
 */
package io.github.postmanmock.internal.match;
