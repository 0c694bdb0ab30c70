package io.github.postmanmock.internal.contract;

import io.github.postmanmock.internal.model.Header;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends planned calls to the real service with the JDK client: a timeout on every call, redirects
 * followed only when asked, HTTP/1.1.
 *
 * <p>Thread-safe: one client serves every call.
 */
final class CallSender {
  private final String base;
  private final Duration timeout;
  private final HttpClient client;

  CallSender(URI base, Duration timeout, boolean followRedirects) {
    String text = base.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(
                followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
  }

  /** The full URL {@code call} goes to, or {@code null} when it is not a valid URL. */
  URI uri(PlannedCall call) {
    try {
      return URI.create(base + call.target());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Send {@code call} and return the answer.
   *
   * @throws IOException if the service cannot be reached, breaks off or does not answer in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  Answer send(PlannedCall call) throws IOException, InterruptedException {
    HttpRequest.BodyPublisher body =
        call.body().isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(call)).timeout(timeout).method(call.method(), body);
    for (Header h : call.headers()) {
      try {
        request.header(h.key(), h.value());
      } catch (IllegalArgumentException refused) {
        // a header the JDK client sets itself or refuses; the value is never printed
      }
    }
    HttpResponse<byte[]> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        new String(response.body(), StandardCharsets.UTF_8));
  }
}
