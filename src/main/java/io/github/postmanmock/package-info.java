/**
 * The public API of postman-mock: {@code MockServer}, its call log, inline examples and the
 * exceptions it throws.
 */
package io.github.postmanmock;
