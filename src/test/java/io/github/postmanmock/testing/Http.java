package io.github.postmanmock.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small loopback HTTP client for end-to-end tests. */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  public static HttpResponse<String> get(String baseUrl, String target) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + target)).GET());
  }

  public static HttpResponse<String> send(
      String baseUrl, String method, String target, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + target))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  public static HttpResponse<String> send(HttpRequest.Builder request) {
    return send(CLIENT, request, Duration.ofSeconds(10));
  }

  /** Send {@code request} with {@code client}, such as one trusting an HTTPS mock. */
  public static HttpResponse<String> send(
      HttpClient client, HttpRequest.Builder request, Duration timeout) {
    try {
      return client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
