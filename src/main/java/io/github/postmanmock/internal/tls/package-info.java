/**
 * Implementation details; not API; may change in any release. The TLS identity of HTTPS mocks: a
 * self-signed certificate made at run time, or one read from a PKCS12 key store.
 */
package io.github.postmanmock.internal.tls;
