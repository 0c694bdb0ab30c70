package io.github.postmanmock.internal.inline;

import io.github.postmanmock.internal.model.ExampleResponse;
import io.github.postmanmock.internal.model.Header;
import io.github.postmanmock.internal.model.StatusTexts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The response side of an inline example while it is being written: status, headers, content, delay
 * and how many calls it answers. It starts with a status; content and delay need one first. Mutable
 * and not thread-safe, like the builder it serves.
 */
public final class ResponseDraft {
  private static final long MAX_DELAY_MS = 180_000;

  private Integer status;
  private final List<Header> headers = new ArrayList<>();
  private ResponseContent content = ResponseContent.NONE;
  private Duration delay = Duration.ZERO;
  private int uses;

  /**
   * A draft holding what {@code response} holds; {@code autoContentType}: its last header was added
   * for its content.
   */
  public static ResponseDraft of(ExampleResponse response, boolean autoContentType) {
    ResponseDraft draft = new ResponseDraft();
    draft.status = response.statusCode();
    List<Header> all = response.headers();
    draft.headers.addAll(all.subList(0, autoContentType ? all.size() - 1 : all.size()));
    byte[] binary = response.binaryBody();
    draft.content =
        binary != null
            ? ResponseContent.binary(binary)
            : ResponseContent.text(response.body(), response.previewLanguage());
    draft.delay = response.delay();
    draft.uses = response.uses();
    return draft;
  }

  /** Whether a status was given, so that what follows describes the response. */
  public boolean started() {
    return status != null;
  }

  public void status(int code) {
    status = Checks.status(code);
  }

  public void header(Header header) {
    headers.add(header);
  }

  /**
   * The body, made only once a status was given; {@code what} names the builder method for the
   * message when none was.
   */
  public void content(String what, Supplier<ResponseContent> value) {
    requireStarted(what);
    content = value.get();
  }

  /** Waits this long before answering: from 0 to 180 s, as Postman allows. */
  public void delay(Duration value) {
    requireStarted("delay(...)");
    Objects.requireNonNull(value, "delay");
    if (value.isNegative() || value.toMillis() > MAX_DELAY_MS) {
      throw new IllegalArgumentException(
          "delay must be from 0 to %d ms but was [%d ms]"
              .formatted(MAX_DELAY_MS, value.toMillis()));
    }
    delay = value;
  }

  /** Answers the first {@code n} matching calls only. */
  public void times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be at least 1 but was [" + n + "]");
    }
    uses = n;
  }

  /**
   * Sets the one header {@code name} to {@code value}, starting the response with 200 if needed.
   */
  public void replaceHeader(String name, String value) {
    if (status == null) {
      status = 200;
    }
    headers.removeIf(h -> h.key().equalsIgnoreCase(name));
    headers.add(Header.of(name, value));
  }

  /** Whether the built response gets a {@code Content-Type} header from its content. */
  public boolean addsContentType() {
    return content.addsContentType(headers);
  }

  /**
   * The response.
   *
   * @param request the request as {@link RequestDraft#describe()} gives it, for the message
   * @throws IllegalStateException when no status was given
   */
  public ExampleResponse build(String request) {
    if (status == null) {
      throw new IllegalStateException(
          "example [" + request + "] has no response; call respond(status) before build()");
    }
    return new ExampleResponse(
        status,
        StatusTexts.of(status),
        content.withContentType(headers),
        content.text(),
        content.language(),
        content.bytes(),
        delay,
        uses);
  }

  private void requireStarted(String what) {
    if (status == null) {
      throw new IllegalStateException(
          what + " describes the response; call respond(status) before it");
    }
  }
}
