package io.github.postmanmock.internal.model;

import java.util.List;

/**
 * The response half of a saved example.
 *
 * @param code the status code, or {@code null} when the example has none (sent and matched as 200)
 * @param status the reason text saved with the example, or {@code null}
 * @param headers the response headers in order, disabled ones and duplicates included
 * @param body the body text, or {@code null} for no body
 * @param previewLanguage {@code _postman_previewlanguage} ({@code json}, {@code xml}, ...) or
 *     {@code null}
 */
public record ExampleResponse(
    Integer code, String status, List<Header> headers, String body, String previewLanguage) {
  public ExampleResponse {
    headers = List.copyOf(headers);
  }

  /** The status to send: the saved code, or 200 when there is none. */
  public int statusCode() {
    return code == null ? 200 : code;
  }
}
