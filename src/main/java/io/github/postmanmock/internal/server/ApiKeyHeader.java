package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.HttpCall;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code x-api-key} header of a call (SPEC §5.1): what matching and templates see of a call to
 * a private mock (the call without its key), and what the call log keeps (the key masked).
 */
final class ApiKeyHeader {
  static final String NAME = "x-api-key";
  private static final String MASK = "***";

  private ApiKeyHeader() {}

  /** The call as matching and templates see it on a private mock: without its API key. */
  static HttpCall withoutApiKey(HttpCall call) {
    if (call.header(NAME) == null) {
      return call;
    }
    List<Header> headers = new ArrayList<>();
    for (Header h : call.headers()) {
      if (!h.key().equalsIgnoreCase(NAME)) {
        headers.add(h);
      }
    }
    return new HttpCall(call.method(), call.path(), call.rawQuery(), headers, call.body());
  }

  /**
   * The call as the log keeps it: on a private mock the API key is never stored; on a public mock
   * an {@code x-api-key} is the client's own (say, the key of the real API), kept for assertions.
   */
  static HttpCall masked(HttpCall call, MockState current) {
    if (!current.apiKeys().isPrivate() || call.header(NAME) == null) {
      return call;
    }
    List<Header> headers = new ArrayList<>();
    for (Header h : call.headers()) {
      headers.add(h.key().equalsIgnoreCase(NAME) ? Header.of(h.key(), MASK) : h);
    }
    return new HttpCall(call.method(), call.path(), call.rawQuery(), headers, call.body());
  }
}
