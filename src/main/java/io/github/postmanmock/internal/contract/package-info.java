/**
 * Contract checks: sends the request of every saved example to the real service and compares the
 * answer with the example (status, media type, JSON shape). Implementation details; not API; may
 * change in any release.
 */
package io.github.postmanmock.internal.contract;
