package io.github.postmanmock.internal.model;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The response half of an example, saved in a collection or built inline.
 *
 * @param code the status code, or {@code null} when the example has none (sent and matched as 200)
 * @param status the reason text saved with the example, or {@code null}
 * @param headers the response headers in order, disabled ones and duplicates included
 * @param body the body text, or {@code null} for no body
 * @param previewLanguage {@code _postman_previewlanguage} ({@code json}, {@code xml}, ...) or
 *     {@code null}
 * @param binaryBody bytes sent as they are instead of the rendered {@code body}, or {@code null};
 *     only inline examples have one (a collection file holds text)
 * @param delay how long the mock waits before sending this response; zero for none (a collection
 *     file has no place for it, so only inline examples set it)
 * @param uses how many calls the example answers before it stands aside; 0 for no limit (only
 *     inline examples set it, see {@code docs/scenarios.md})
 */
public record ExampleResponse(
    Integer code,
    String status,
    List<Header> headers,
    String body,
    String previewLanguage,
    byte[] binaryBody,
    Duration delay,
    int uses) {
  public ExampleResponse {
    headers = List.copyOf(headers);
    binaryBody = binaryBody == null ? null : binaryBody.clone();
    Objects.requireNonNull(delay, "delay");
    if (uses < 0) {
      throw new IllegalArgumentException("uses must be 0 (no limit) or more but was " + uses);
    }
  }

  /** A response as a collection file saves it: a text body and no delay. */
  public ExampleResponse(
      Integer code, String status, List<Header> headers, String body, String previewLanguage) {
    this(code, status, headers, body, previewLanguage, null, Duration.ZERO, 0);
  }

  /** The status to send: the saved code, or 200 when there is none. */
  public int statusCode() {
    return code == null ? 200 : code;
  }

  /** A copy of the bytes sent instead of the rendered body, or {@code null}. */
  @Override
  public byte[] binaryBody() {
    return binaryBody == null ? null : binaryBody.clone();
  }

  /** Whether the response has bytes sent as they are; cheaper than {@link #binaryBody()}. */
  public boolean hasBinaryBody() {
    return binaryBody != null;
  }

  /** A copy with {@code text} as body and no binary body, as a collection file would hold it. */
  public ExampleResponse withTextBody(String text) {
    return new ExampleResponse(code, status, headers, text, previewLanguage, null, delay, uses);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExampleResponse r
        && Objects.equals(code, r.code)
        && Objects.equals(status, r.status)
        && headers.equals(r.headers)
        && Objects.equals(body, r.body)
        && Objects.equals(previewLanguage, r.previewLanguage)
        && Arrays.equals(binaryBody, r.binaryBody)
        && delay.equals(r.delay)
        && uses == r.uses;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, status, headers, body, previewLanguage, delay, uses)
        + 31 * Arrays.hashCode(binaryBody);
  }

  @Override
  public String toString() {
    return "ExampleResponse[code="
        + code
        + ", status="
        + status
        + ", headers="
        + headers
        + ", body="
        + body
        + ", previewLanguage="
        + previewLanguage
        + (binaryBody == null ? "" : ", binaryBody=" + binaryBody.length + " bytes")
        + (delay.isZero() ? "" : ", delay=" + delay)
        + (uses == 0 ? "" : ", uses=" + uses)
        + "]";
  }
}
