package io.github.postmanmock.internal.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.render.RenderedResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The error answers of the mock, all in Postman's JSON envelope (SPEC §4). */
final class ErrorResponses {
  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /** A non-Postman header that carries the one-line near-miss summary of an unmatched call. */
  static final String DIAGNOSTICS_HEADER = "X-Mock-Diagnostics";

  private ErrorResponses() {}

  /** The 404 Postman sends when no example survives matching (SPEC §4, first row). */
  static RenderedResponse notFound(String diagnostics) {
    List<Header> extra = new ArrayList<>();
    if (!diagnostics.isEmpty()) {
      extra.add(Header.of(DIAGNOSTICS_HEADER, oneLine(diagnostics)));
    }
    return envelope(
        404,
        "mockRequestNotFoundError",
        "Double check your method and the request path and try again.",
        "No matching requests",
        extra);
  }

  /**
   * 413 when the request body is longer than the limit the user configured, or 400 under strict
   * matching, as Postman answers bodies past its 1 MB limit (SPEC §4).
   */
  static RenderedResponse tooLarge(long limit, int status) {
    return envelope(
        status,
        "requestTooLargeError",
        "The request body is larger than the limit of this mock server [" + limit + " bytes].",
        "Request too large",
        List.of());
  }

  /** 401 for a private mock called without an accepted {@code x-api-key} (fixture-specific). */
  static RenderedResponse unauthorised() {
    return envelope(
        401,
        "mockAuthError",
        "This mock is private: send an accepted API key in the x-api-key header.",
        "Unauthorised",
        List.of());
  }

  /** 400 when the request body cannot be read (for example a broken chunked encoding). */
  static RenderedResponse badRequest(Throwable cause) {
    return envelope(
        400,
        "badRequestError",
        "The request could not be read: " + cause.getMessage(),
        "Bad request",
        List.of());
  }

  /** 500 when the mock itself failed while answering; the server keeps serving. */
  static RenderedResponse internalError(Throwable cause) {
    return envelope(
        500,
        "mockServerError",
        "The mock server failed to answer this call: " + cause,
        "Mock server error",
        List.of());
  }

  /** 502 in record mode when the target cannot be reached; {@code reason} says why. */
  static RenderedResponse badGateway(String target, String reason) {
    return envelope(
        502,
        "recordingTargetError",
        reason + ". Start the service at [" + target + "] or record from another URL.",
        "Bad gateway",
        List.of());
  }

  /** The diagnostics as one header line of printable ASCII, at most 1,000 characters. */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 1000; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c > 0x7e ? ' ' : c);
    }
    return out.toString().trim();
  }

  private static RenderedResponse envelope(
      int status, String name, String message, String header, List<Header> extra) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode error = root.putObject("error");
    error.put("name", name);
    error.put("message", message);
    error.put("header", header);
    List<Header> headers = new ArrayList<>();
    headers.add(Header.of("Content-Type", CONTENT_TYPE));
    headers.addAll(extra);
    return new RenderedResponse(status, headers, root.toString().getBytes(StandardCharsets.UTF_8));
  }
}
