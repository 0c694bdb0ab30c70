/**
 * What the public example builder ({@code Examples}, {@code ExampleBuilder}) uses to make model
 * examples: argument checks with their messages, URLs, request bodies and response content.
 * Implementation details; not API; may change in any release.
 */
package io.github.postmanmock.internal.inline;
