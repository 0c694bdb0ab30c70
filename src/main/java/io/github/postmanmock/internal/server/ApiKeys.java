package io.github.postmanmock.internal.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The accepted {@code x-api-key} values of a private mock (SPEC §5.1), kept only as SHA-256
 * digests. A presented key is hashed and compared with every accepted digest by {@link
 * MessageDigest#isEqual}, without stopping at the first hit, so the time taken tells nothing about
 * the keys, their length included. Immutable and thread-safe.
 */
public final class ApiKeys {
  /** No keys: a public mock. */
  public static final ApiKeys NONE = new ApiKeys(List.of());

  private final List<byte[]> digests;

  private ApiKeys(List<byte[]> digests) {
    this.digests = List.copyOf(digests);
  }

  /** Accept exactly {@code keys}; an empty collection gives a public mock. */
  public static ApiKeys of(Collection<String> keys) {
    ApiKeys result = NONE;
    for (String key : keys) {
      result = result.with(key);
    }
    return result;
  }

  /** A copy that also accepts {@code key}. */
  public ApiKeys with(String key) {
    List<byte[]> more = new ArrayList<>(digests);
    more.add(digest(key));
    return new ApiKeys(more);
  }

  /** Whether a key is needed at all. */
  public boolean isPrivate() {
    return !digests.isEmpty();
  }

  /** Whether a call presenting {@code presented} (or {@code null} for none) may pass. */
  public boolean accepts(String presented) {
    if (!isPrivate()) {
      return true;
    }
    if (presented == null) {
      return false;
    }
    byte[] candidate = digest(presented);
    boolean found = false;
    for (byte[] accepted : digests) {
      found |= MessageDigest.isEqual(accepted, candidate);
    }
    return found;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform must provide SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "ApiKeys[" + digests.size() + " accepted, values hidden]";
  }
}
