/**
 * The runtime behind the public {@code MockServer}: the options value its builder builds, loading,
 * the live state that edits swap, examples added by tests and the examples or variables a test
 * chose. Implementation details; not API; may change in any release.
 */
package io.github.postmanmock.internal.runtime;
