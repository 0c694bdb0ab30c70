package io.github.postmanmock.internal.render;

import io.github.postmanmock.internal.model.ExampleResponse;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The renderings of responses that have no token to resolve, kept by response (its identity, not
 * its value), so that such a response is turned into headers and bytes once rather than per call.
 *
 * <p>Bounded: at most {@value #MAX_ENTRIES} responses and about {@value #MAX_BYTES} bytes of bodies
 * are kept, and a body over {@value #MAX_BODY_BYTES} bytes is never kept (its copy per call costs
 * little beside writing it). When either bound is reached the cache starts over, so the examples of
 * a collection replaced by a live edit are let go soon after. Thread-safe.
 */
final class StaticRenderings {
  static final int MAX_ENTRIES = 1024;
  static final long MAX_BYTES = 4L << 20;
  static final int MAX_BODY_BYTES = 64 << 10;

  private final ConcurrentHashMap<Identity, RenderedResponse> kept = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  /** The response by identity: two equal responses of different examples are kept apart. */
  private record Identity(ExampleResponse response) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity other && other.response == response;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(response);
    }
  }

  /** The rendering kept for {@code response}, or {@code null}. */
  RenderedResponse get(ExampleResponse response) {
    return kept.get(new Identity(response));
  }

  /** Keep {@code rendered} for {@code response}, within the bounds. */
  void put(ExampleResponse response, RenderedResponse rendered) {
    int size = rendered.body().length;
    if (size > MAX_BODY_BYTES) {
      return;
    }
    if (kept.size() >= MAX_ENTRIES || bytes.get() + size > MAX_BYTES) {
      kept.clear();
      bytes.set(0);
    }
    if (kept.putIfAbsent(new Identity(response), rendered) == null) {
      bytes.addAndGet(size);
    }
  }

  /** How many responses are kept now. */
  int size() {
    return kept.size();
  }
}
