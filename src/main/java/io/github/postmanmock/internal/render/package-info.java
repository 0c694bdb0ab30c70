/** Implementation details; not API; may change in any release. */
package io.github.postmanmock.internal.render;
