package com.example.todo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tiny to-do client: the code under test. */
public final class TodoClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public TodoClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The JSON of to-do {@code id}, or {@code null} when there is none. */
  public String find(int id) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/todos/" + id)).GET());
    return response.statusCode() == 404 ? null : response.body();
  }

  /** Create a to-do with {@code title} and return the status code. */
  public int create(String title) throws IOException, InterruptedException {
    return send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/todos"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\"}")))
        .statusCode();
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
