/**
 * The standalone mock server: {@link io.github.postmanmock.standalone.Main} reads the command line,
 * serves a collection and prints where. Only {@code Main} is API.
 */
package io.github.postmanmock.standalone;
