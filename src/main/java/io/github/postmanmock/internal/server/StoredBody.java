package io.github.postmanmock.internal.server;

import java.util.Arrays;

/**
 * A body as the call log keeps it: whole when it fits the limit, else its first {@code limit}
 * bytes, with the size it had on the wire so the truncation stays visible.
 *
 * @param bytes the bytes kept
 * @param size the size of the whole body
 */
public record StoredBody(byte[] bytes, int size) {
  static final StoredBody EMPTY = new StoredBody(new byte[0], 0);

  /**
   * {@code body} itself when it fits {@code limit}, else a copy of its first {@code limit} bytes.
   */
  static StoredBody of(byte[] body, int limit) {
    if (body.length == 0) {
      return EMPTY;
    }
    return new StoredBody(body.length <= limit ? body : Arrays.copyOf(body, limit), body.length);
  }

  /** Whether bytes were left out. */
  public boolean truncated() {
    return bytes.length < size;
  }

  /** An estimate of the heap the body holds: the array and its header. */
  long heapBytes() {
    return bytes.length == 0 ? 0 : 16L + bytes.length;
  }
}
