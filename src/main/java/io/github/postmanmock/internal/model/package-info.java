/**
 * Immutable records that describe saved examples, variables and incoming calls.
 *
 * <p>Implementation details; not API; may change in any release. Both the collection loader and the
 * inline example builder produce these types, so the matching engine never knows where an example
 * came from.
 */
package io.github.postmanmock.internal.model;
